namespace Fengqiao.Samples.LegacyBackend;

/// <summary>
/// The bureau's existing tables (既有库表), as its own system created them years ago: pinyin column
/// names, its own version column (<c>bbh</c>), dates as text. The sample maps Fengqiao's
/// <see cref="Grids.Jurisdictions.JurisdictionState"/> onto them instead of creating Fengqiao's schema.
/// </summary>
internal static class LegacySchema
{
    /// <summary>The legacy DDL, run here only so the sample has a database to work on.</summary>
    public const string Ddl = """
        -- 行政区划 (one row per division, current name)
        CREATE TABLE IF NOT EXISTS t_xzqh (
            xzqh_dm  TEXT    NOT NULL PRIMARY KEY, -- 行政区划代码 code
            xzqh_mc  TEXT    NOT NULL,             -- 名称 current name
            xzqh_jc  INTEGER NOT NULL,             -- 级次 level
            sj_dm    TEXT    NULL,                 -- 上级代码 parent code
            yxq_q    TEXT    NOT NULL,             -- 有效期起 first day (yyyy-MM-dd)
            yxq_z    TEXT    NULL,                 -- 有效期止 first day no longer valid
            bbh      INTEGER NOT NULL              -- 版本号 the legacy system's own row version
        );
        -- 区划变更 (name history: one row per period)
        CREATE TABLE IF NOT EXISTS t_xzqh_bg (
            xzqh_dm  TEXT    NOT NULL REFERENCES t_xzqh (xzqh_dm),
            xh       INTEGER NOT NULL,             -- 序号 period number
            mc       TEXT    NOT NULL,             -- 名称
            ywmc     TEXT    NULL,                 -- 英文名称
            lx       INTEGER NOT NULL,             -- 类型 division kind
            yxq_q    TEXT    NOT NULL,
            yxq_z    TEXT    NULL,
            djr      TEXT    NOT NULL,             -- 登记人 recorded by
            djsj     TEXT    NOT NULL,             -- 登记时间 recorded at (ISO instant)
            PRIMARY KEY (xzqh_dm, xh)
        );
        -- 区划沿革 (lineage: predecessors 'Q' and successors 'H')
        CREATE TABLE IF NOT EXISTS t_xzqh_yg (
            xzqh_dm  TEXT    NOT NULL REFERENCES t_xzqh (xzqh_dm),
            fx       TEXT    NOT NULL,             -- 方向 'Q' 前身 / 'H' 后继
            xh       INTEGER NOT NULL,
            gl_dm    TEXT    NOT NULL,             -- 关联代码 the other code
            sxrq     TEXT    NOT NULL,             -- 生效日期
            bglx     INTEGER NOT NULL,             -- 变更类型 split/merge/recode
            PRIMARY KEY (xzqh_dm, fx, xh)
        );
        -- Fengqiao's audit entries and events, committed with the change (the legacy system has no such tables).
        CREATE TABLE IF NOT EXISTS fq_audit (id TEXT NOT NULL PRIMARY KEY, entry TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS fq_outbox (id TEXT NOT NULL PRIMARY KEY, event_type TEXT NOT NULL, payload TEXT NOT NULL);
        """;
}
