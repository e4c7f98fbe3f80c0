using System.Globalization;
using System.Reflection;

namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>
/// Values the configuration binder cannot convert (a word where a number, true/false or one of a list of choices goes)
/// would stop the app with the binder's English message: they are reported first, in Italian, with the environment
/// variable to fix.
/// </summary>
public static class ConfigurationCheck
{
    /// <summary>Checks every number, true/false and choice of <typeparamref name="TOptions"/> under <paramref name="section"/>.</summary>
    /// <exception cref="InvalidOperationException">One or more values cannot be converted; the message lists them.</exception>
    public static void Convertible<TOptions>(IConfiguration configuration, string section)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<string>();
        Walk(typeof(TOptions), section);
        if (errors.Count > 0) throw new InvalidOperationException(string.Join(" ", errors));

        void Walk(Type type, string path)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var key = $"{path}:{property.Name}";
                var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (target == typeof(string)) continue;
                if (target.IsArray)
                {
                    foreach (var child in configuration.GetSection(key).GetChildren())
                    {
                        if (Problem(target.GetElementType()!, child.Path, child.Value) is { } problem) errors.Add(problem);
                    }
                }
                else if (target.IsClass) Walk(target, key);
                else if (Problem(target, key, configuration[key]) is { } problem) errors.Add(problem);
            }
        }
    }

    /// <summary>
    /// The Italian message for <paramref name="key"/>'s value, or null when it converts to <paramref name="type"/>;
    /// <paramref name="expected"/> replaces the description of what goes there ("un numero intero"…).
    /// </summary>
    public static string? Problem(Type type, string key, string? value, string? expected = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (string.IsNullOrWhiteSpace(value)) return null;
        var (ok, description) = type switch
        {
            _ when type.IsEnum => (Enum.TryParse(type, value, ignoreCase: true, out _), "uno tra " + string.Join(", ", Enum.GetNames(type))),
            _ when type == typeof(int) => (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), "un numero intero"),
            _ when type == typeof(long) => (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), "un numero intero"),
            _ when type == typeof(double) => (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), "un numero (con il punto come separatore decimale)"),
            _ when type == typeof(bool) => (bool.TryParse(value, out _), "true oppure false"),
            _ => (true, ""),
        };
        return ok ? null
            : $"{key} vale «{value}», che non è valido: indicare {expected ?? description} (variabile d'ambiente {key.Replace(":", "__", StringComparison.Ordinal)}).";
    }
}
