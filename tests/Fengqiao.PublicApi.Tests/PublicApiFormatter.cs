using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Fengqiao.PublicApi.Tests;

/// <summary>
/// Describes an assembly's public surface as stable, sorted text: one block per exported type,
/// one line per public or protected member, with nullability, defaults and constraints. The text
/// depends only on the API, not on member order in the source or on the build.
/// </summary>
internal static class PublicApiFormatter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => TypeName(t), StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            // Members sorted by name, then by signature, so overloads stay together.
            foreach (var (_, line) in Members(type).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Line, StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        string kind;
        if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsValueType)
        {
            kind = type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct";
        }
        else if (typeof(Delegate).IsAssignableFrom(type.BaseType))
        {
            kind = "delegate";
        }
        else
        {
            kind = (type.IsAbstract, type.IsSealed) switch
            {
                (true, true) => "static class",
                (true, false) => "abstract class",
                (false, true) => "sealed class",
                _ => "class",
            };
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && kind != "delegate")
        {
            bases.Add(TypeName(baseType));
        }

        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Except(inherited).Select(i => TypeName(i)).Order(StringComparer.Ordinal));
        var header = $"{kind} {TypeName(type)}{Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])}";
        return bases.Count == 0 ? header : $"{header} : {string.Join(", ", bases)}";
    }

    private static IEnumerable<(string Name, string Line)> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return (field.Name, $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}");
            }

            yield break;
        }

        var context = new NullabilityInfoContext();
        foreach (var member in type.GetMembers(Declared).Where(IsVisible))
        {
            switch (member)
            {
                case ConstructorInfo constructor:
                    yield return (".ctor", $"{(constructor.IsFamily ? "protected " : string.Empty)}ctor({Parameters(constructor, context)})");
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return (method.Name, Method(method, context));
                    break;
                case PropertyInfo property:
                    yield return (property.Name, Property(property, context));
                    break;
                case FieldInfo field:
                    yield return (field.Name, Field(field, context));
                    break;
                case EventInfo @event:
                    yield return (@event.Name, $"event {TypeName(@event.EventHandlerType!, context.Create(@event))} {@event.Name}");
                    break;
                case Type nested:
                    yield return (nested.Name, $"nested {TypeName(nested)}");
                    break;
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo @event => @event.AddMethod is { } add && IsVisible(add),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };

    private static string Method(MethodInfo method, NullabilityInfoContext context)
    {
        var modifiers = new StringBuilder();
        if (method.IsFamily || method.IsFamilyOrAssembly)
        {
            modifiers.Append("protected ");
        }

        if (method.IsStatic)
        {
            modifiers.Append("static ");
        }

        if (method.IsAbstract && (method.IsStatic || !method.DeclaringType!.IsInterface))
        {
            modifiers.Append("abstract ");
        }
        else if (method.IsVirtual && !method.DeclaringType!.IsInterface)
        {
            var overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
            modifiers.Append(overrides ? (method.IsFinal ? "sealed override " : "override ") : (method.IsFinal ? string.Empty : "virtual "));
        }

        var generics = method.IsGenericMethodDefinition
            ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>"
            : string.Empty;
        var returns = TypeName(method.ReturnType, context.Create(method.ReturnParameter));
        var constraints = Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []);
        return $"{modifiers}{returns} {method.Name}{generics}({Parameters(method, context)}){constraints}";
    }

    private static string Property(PropertyInfo property, NullabilityInfoContext context)
    {
        var accessors = new List<string>();
        if (property.GetMethod is { } getter && IsVisible(getter))
        {
            accessors.Add("get;");
        }

        if (property.SetMethod is { } setter && IsVisible(setter))
        {
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            accessors.Add(init ? "init;" : "set;");
        }

        var accessor = property.GetAccessors(nonPublic: true).First(IsVisible);
        var modifiers = (accessor.IsStatic ? "static " : string.Empty) + (accessor.IsFamily ? "protected " : string.Empty);
        var indexer = property.GetIndexParameters();
        var name = indexer.Length == 0
            ? property.Name
            : $"this[{string.Join(", ", indexer.Select(p => Parameter(p, context)))}]";
        return $"{modifiers}{TypeName(property.PropertyType, context.Create(property))} {name} {{ {string.Join(" ", accessors)} }}";
    }

    private static string Field(FieldInfo field, NullabilityInfoContext context)
    {
        var type = TypeName(field.FieldType, context.Create(field));
        if (field.IsLiteral)
        {
            return $"const {type} {field.Name} = {Literal(field.GetRawConstantValue())}";
        }

        var modifiers = (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        return $"{modifiers}{type} {field.Name}";
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext context)
    {
        var isExtension = method.IsDefined(typeof(ExtensionAttribute));
        return string.Join(", ", method.GetParameters().Select((p, i) => (isExtension && i == 0 ? "this " : string.Empty) + Parameter(p, context)));
    }

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext context)
    {
        var type = parameter.ParameterType;
        var prefix = string.Empty;
        if (type.IsByRef)
        {
            prefix = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
            type = type.GetElementType()!;
        }
        else if (parameter.IsDefined(typeof(ParamArrayAttribute)))
        {
            prefix = "params ";
        }

        var text = $"{prefix}{TypeName(type, context.Create(parameter))} {parameter.Name}";
        if (!parameter.HasDefaultValue)
        {
            return text;
        }

        // default(CancellationToken) and other struct defaults have no constant value.
        var isStructDefault = parameter.RawDefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null;
        return $"{text} = {(isStructDefault ? "default" : Literal(parameter.RawDefaultValue))}";
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        char c => $"'{c}'",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static string Constraints(Type[] parameters)
    {
        var clauses = new List<string>();
        foreach (var parameter in parameters)
        {
            var items = new List<string>();
            var attributes = parameter.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                items.Add("struct");
            }
            else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                items.Add("class");
            }

            items.AddRange(parameter.GetGenericParameterConstraints()
                .Where(c => c != typeof(ValueType))
                .Select(c => TypeName(c))
                .Order(StringComparer.Ordinal));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !items.Contains("struct"))
            {
                items.Add("new()");
            }

            if (items.Count > 0)
            {
                clauses.Add($" where {parameter.Name} : {string.Join(", ", items)}");
            }
        }

        return string.Concat(clauses);
    }

    /// <summary>Names a type as C# would, with nullable reference annotations where known.</summary>
    private static string TypeName(Type type, NullabilityInfo? nullability = null)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var suffix = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType) + "[]" + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        var name = Keyword(type) ?? (type.IsNested ? $"{TypeName(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}");
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();

            // A nested type's arguments include its declaring type's; only its own are shown here.
            var own = type.IsNested ? arguments.Skip(type.DeclaringType!.GetGenericArguments().Length).ToArray() : arguments;
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                name = name[..tick];
            }

            if (own.Length > 0)
            {
                var argumentNullability = nullability?.GenericTypeArguments ?? [];
                var offset = arguments.Length - own.Length;
                name += "<" + string.Join(", ", own.Select((a, i) => TypeName(a, offset + i < argumentNullability.Length ? argumentNullability[offset + i] : null))) + ">";
            }
        }

        return name + suffix;
    }

    private static string? Keyword(Type type) => type.IsEnum ? null : Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => "bool",
        TypeCode.Char => "char",
        TypeCode.SByte => "sbyte",
        TypeCode.Byte => "byte",
        TypeCode.Int16 => "short",
        TypeCode.UInt16 => "ushort",
        TypeCode.Int32 => "int",
        TypeCode.UInt32 => "uint",
        TypeCode.Int64 => "long",
        TypeCode.UInt64 => "ulong",
        TypeCode.Single => "float",
        TypeCode.Double => "double",
        TypeCode.Decimal => "decimal",
        TypeCode.String => "string",
        _ when type == typeof(object) => "object",
        _ when type == typeof(void) => "void",
        _ => null,
    };
}
