using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cremona.Dup.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Amministrazione : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ApertaIlUtc",
                table: "Rilevazioni",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Ritirato",
                table: "Programmi",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Ritirato",
                table: "ObiettiviStrategici",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "ObiettiviStrategici",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "Ritirato",
                table: "ObiettiviOperativi",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Missioni",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "Ritirato",
                table: "Indicatori",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "RitiratoIlUtc",
                table: "Indicatori",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntitaChiave",
                table: "Audit",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CambioPasswordObbligatorio",
                table: "AspNetUsers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ImpostazioniApplicazione",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    NomeEnte = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Logo = table.Column<byte[]>(type: "varbinary(max)", maxLength: 524288, nullable: true),
                    LogoTipo = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    LogoVersione = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EmailModalita = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    EmailMittente = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailNomeMittente = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SmtpHost = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SmtpPort = table.Column<int>(type: "int", nullable: true),
                    SmtpSicurezza = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    SmtpUtente = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SmtpPasswordProtetta = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PromemoriaGiorniPrima = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PromemoriaGiorniDopo = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpostazioniApplicazione", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Piano",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    AnnoCorrente = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Piano", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Referenti",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ResponsabileId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referenti", x => new { x.UserId, x.ResponsabileId });
                    table.ForeignKey(
                        name: "FK_Referenti_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referenti_Responsabili_ResponsabileId",
                        column: x => x.ResponsabileId,
                        principalTable: "Responsabili",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "ImpostazioniApplicazione",
                columns: new[] { "Id", "EmailMittente", "EmailModalita", "EmailNomeMittente", "Logo", "LogoTipo", "LogoVersione", "NomeEnte", "PromemoriaGiorniDopo", "PromemoriaGiorniPrima", "SmtpHost", "SmtpPasswordProtetta", "SmtpPort", "SmtpSicurezza", "SmtpUtente", "Version" },
                values: new object[] { 1, null, null, null, null, null, null, "Comune di Cremona", null, null, null, null, null, null, null, new Guid("0b6f5f0e-7f0a-4d55-9f1e-2d2f7a8c4e31") });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Entita_EntitaChiave",
                table: "Audit",
                columns: new[] { "Entita", "EntitaChiave" });

            migrationBuilder.CreateIndex(
                name: "IX_Referenti_ResponsabileId",
                table: "Referenti",
                column: "ResponsabileId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpostazioniApplicazione");

            migrationBuilder.DropTable(
                name: "Piano");

            migrationBuilder.DropTable(
                name: "Referenti");

            migrationBuilder.DropIndex(
                name: "IX_Audit_Entita_EntitaChiave",
                table: "Audit");

            migrationBuilder.DropColumn(
                name: "ApertaIlUtc",
                table: "Rilevazioni");

            migrationBuilder.DropColumn(
                name: "Ritirato",
                table: "Programmi");

            migrationBuilder.DropColumn(
                name: "Ritirato",
                table: "ObiettiviStrategici");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ObiettiviStrategici");

            migrationBuilder.DropColumn(
                name: "Ritirato",
                table: "ObiettiviOperativi");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Missioni");

            migrationBuilder.DropColumn(
                name: "Ritirato",
                table: "Indicatori");

            migrationBuilder.DropColumn(
                name: "RitiratoIlUtc",
                table: "Indicatori");

            migrationBuilder.DropColumn(
                name: "EntitaChiave",
                table: "Audit");

            migrationBuilder.DropColumn(
                name: "CambioPasswordObbligatorio",
                table: "AspNetUsers");
        }
    }
}
