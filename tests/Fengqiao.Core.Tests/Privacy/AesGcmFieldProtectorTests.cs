using System.Security.Cryptography;
using System.Text;
using Fengqiao.Errors;
using Fengqiao.Privacy;
using FsCheck.Xunit;
using Xunit;

namespace Fengqiao.Core.Tests.Privacy;

public sealed class AesGcmFieldProtectorTests
{
    private const string Id = "11010519491231002X";

    private static FieldProtectionOptions Options(string keyId = "k1", byte[]? key = null, byte[]? indexKey = null)
    {
        var options = new FieldProtectionOptions { CurrentKeyId = keyId, IndexKey = indexKey ?? Enumerable.Repeat((byte)7, 32).ToArray() };
        options.Keys[keyId] = key ?? Enumerable.Repeat((byte)1, 32).ToArray();
        return options;
    }

    [Property]
    public bool Round_trips_any_text(string value)
    {
        var protector = new AesGcmFieldProtector(Options());
        return value is null || protector.Unprotect(protector.Protect(value, FieldPurposes.ContactText), FieldPurposes.ContactText) == value;
    }

    [Fact]
    public void The_envelope_holds_no_plaintext_and_differs_each_time()
    {
        var protector = new AesGcmFieldProtector(Options());
        var a = protector.Protect(Id, FieldPurposes.CitizenId);
        var b = protector.Protect(Id, FieldPurposes.CitizenId);
        Assert.NotEqual(a, b);
        Assert.DoesNotContain("1101", a, StringComparison.Ordinal);
        Assert.StartsWith("fp1.k1.", a, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_protected_for_one_field_cannot_be_read_as_another()
    {
        var protector = new AesGcmFieldProtector(Options());
        var envelope = protector.Protect(Id, FieldPurposes.CitizenId);
        var error = Assert.Throws<ValidationException>(() => protector.Unprotect(envelope, FieldPurposes.MobileNumber));
        Assert.Equal(PrivacyErrorCodes.EnvelopeInvalid, error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fp1.")]
    [InlineData("fp1.k1.")]
    [InlineData("fp1.k1.!!!")]
    [InlineData("plain 11010519491231002X")]
    public void Damaged_envelopes_are_refused_without_echoing_them(string envelope)
    {
        var protector = new AesGcmFieldProtector(Options());
        var error = Assert.Throws<ValidationException>(() => protector.Unprotect(envelope, FieldPurposes.CitizenId));
        Assert.Equal(PrivacyErrorCodes.EnvelopeInvalid, error.Code);
        Assert.DoesNotContain("1101", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flipped_bit_is_detected()
    {
        var protector = new AesGcmFieldProtector(Options());
        var envelope = protector.Protect(Id, FieldPurposes.CitizenId).ToCharArray();
        envelope[^3] = envelope[^3] == 'A' ? 'B' : 'A';
        Assert.Throws<ValidationException>(() => protector.Unprotect(new string(envelope), FieldPurposes.CitizenId));
    }

    [Fact]
    public void Rotation_keeps_old_values_readable_and_marks_them_for_reprotection()
    {
        var old = new AesGcmFieldProtector(Options("2025"));
        var envelope = old.Protect(Id, FieldPurposes.CitizenId);

        var rotated = Options("2025");
        rotated.Keys["2026"] = Enumerable.Repeat((byte)2, 32).ToArray();
        rotated.CurrentKeyId = "2026";
        var protector = new AesGcmFieldProtector(rotated);

        Assert.Equal(Id, protector.Unprotect(envelope, FieldPurposes.CitizenId));
        Assert.True(protector.NeedsReprotection(envelope));
        Assert.False(protector.NeedsReprotection(protector.Protect(Id, FieldPurposes.CitizenId)));
        Assert.Equal(old.Index(Id, FieldPurposes.CitizenId), protector.Index(Id, FieldPurposes.CitizenId));
    }

    [Fact]
    public void A_removed_key_is_reported_by_its_id()
    {
        var envelope = new AesGcmFieldProtector(Options("2025")).Protect(Id, FieldPurposes.CitizenId);
        var error = Assert.Throws<ValidationException>(() => new AesGcmFieldProtector(Options("2026")).Unprotect(envelope, FieldPurposes.CitizenId));
        Assert.Equal(PrivacyErrorCodes.UnknownKey, error.Code);
        Assert.Contains("2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_is_stable_keyed_and_separated_by_purpose()
    {
        var protector = new AesGcmFieldProtector(Options());
        var other = new AesGcmFieldProtector(Options(indexKey: Enumerable.Repeat((byte)9, 32).ToArray()));
        var token = protector.Index(Id, FieldPurposes.CitizenId);
        Assert.Equal(token, protector.Index(Id, FieldPurposes.CitizenId));
        Assert.NotEqual(token, protector.Index(Id, FieldPurposes.MobileNumber));
        Assert.NotEqual(token, other.Index(Id, FieldPurposes.CitizenId));
        var expected = HMACSHA256.HashData(Enumerable.Repeat((byte)7, 32).ToArray(), Encoding.UTF8.GetBytes("citizen-id\0" + Id));
        Assert.Equal(Convert.ToBase64String(expected).TrimEnd('=').Replace('+', '-').Replace('/', '_'), token);
    }

    [Fact]
    public void Bad_keys_are_refused()
    {
        Assert.Equal(PrivacyErrorCodes.KeyInvalid, Assert.Throws<ValidationException>(() => new AesGcmFieldProtector(Options(key: new byte[16]))).Code);
        Assert.Equal(PrivacyErrorCodes.KeyInvalid, Assert.Throws<ValidationException>(() => new AesGcmFieldProtector(Options(indexKey: new byte[8]))).Code);
        Assert.Equal(PrivacyErrorCodes.KeyInvalid, Assert.Throws<ValidationException>(() => new AesGcmFieldProtector(Options(keyId: "a.b"))).Code);
        var same = Options(key: Enumerable.Repeat((byte)7, 32).ToArray());
        Assert.Equal(PrivacyErrorCodes.KeyInvalid, Assert.Throws<ValidationException>(() => new AesGcmFieldProtector(same)).Code);
        var noCurrent = Options();
        noCurrent.CurrentKeyId = "missing";
        Assert.Equal(PrivacyErrorCodes.KeyInvalid, Assert.Throws<ValidationException>(() => new AesGcmFieldProtector(noCurrent)).Code);
    }

    [Fact]
    public void Concurrent_callers_each_get_their_own_value_back()
    {
        var protector = new AesGcmFieldProtector(Options());
        var failures = 0;
        Parallel.For(0, 2_000, i =>
        {
            var value = "value-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (protector.Unprotect(protector.Protect(value, FieldPurposes.ContactText), FieldPurposes.ContactText) != value)
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }
}
