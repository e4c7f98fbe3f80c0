using Cremona.Dup.Web.Data.Seeding;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

public static class TestUsers
{
    public const string Password = DemoOptions.DefaultPassword;
    public const string Segreteria = "segreteria";
    public const string Controllo = "controllo";
    public const string Admin = "admin";

    /// <summary>Responsabile gestionale of C06 in the dataset.</summary>
    public const string ResponsabileC06 = "di.girolamo.gabriella";

    public const string AltroResponsabile = "pesaro.mara";
}
