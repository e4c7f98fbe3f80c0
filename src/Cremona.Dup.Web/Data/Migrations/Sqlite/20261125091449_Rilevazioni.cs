using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cremona.Dup.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rilevazioni : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "InviatoAtUtc",
                table: "RilevazioniObiettivi",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InviatoDa",
                table: "RilevazioniObiettivi",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotaRestituzione",
                table: "RilevazioniObiettivi",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Riaperto",
                table: "RilevazioniObiettivi",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "ValidatoAtUtc",
                table: "RilevazioniObiettivi",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ValidatoDa",
                table: "RilevazioniObiettivi",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ChiedeAzioniCorrettive",
                table: "Rilevazioni",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ChiedeStatoAttuazione",
                table: "Rilevazioni",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Utente = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Entita = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntitaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObiettivoOperativoId = table.Column<int>(type: "INTEGER", nullable: true),
                    RilevazioneId = table.Column<int>(type: "INTEGER", nullable: true),
                    Campo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValorePrecedente = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ValoreNuovo = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Nota = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmailInUscita",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Destinatario = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NomeDestinatario = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Oggetto = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Testo = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InviataAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Tentativi = table.Column<int>(type: "INTEGER", nullable: false),
                    UltimoErrore = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailInUscita", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifiche",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Titolo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Testo = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LettaAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifiche", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifiche_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SollecitiInviati",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RilevazioneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsabileId = table.Column<int>(type: "INTEGER", nullable: false),
                    Regola = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InviatoAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Destinatario = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SollecitiInviati", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SollecitiInviati_Responsabili_ResponsabileId",
                        column: x => x.ResponsabileId,
                        principalTable: "Responsabili",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SollecitiInviati_Rilevazioni_RilevazioneId",
                        column: x => x.RilevazioneId,
                        principalTable: "Rilevazioni",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ValoriRilevazioni",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RilevazioneObiettivoId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatoreId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObiettivoOperativoId = table.Column<int>(type: "INTEGER", nullable: false),
                    RilevazioneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Consuntivo = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Nota = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ValoriRilevazioni", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ValoriRilevazioni_Indicatori_IndicatoreId",
                        column: x => x.IndicatoreId,
                        principalTable: "Indicatori",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ValoriRilevazioni_RilevazioniObiettivi_RilevazioneObiettivoId",
                        column: x => x.RilevazioneObiettivoId,
                        principalTable: "RilevazioniObiettivi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Entita_EntitaId",
                table: "Audit",
                columns: new[] { "Entita", "EntitaId" });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_ObiettivoOperativoId",
                table: "Audit",
                column: "ObiettivoOperativoId");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_RilevazioneId",
                table: "Audit",
                column: "RilevazioneId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailInUscita_InviataAtUtc",
                table: "EmailInUscita",
                column: "InviataAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Notifiche_UserId_LettaAtUtc",
                table: "Notifiche",
                columns: new[] { "UserId", "LettaAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SollecitiInviati_ResponsabileId",
                table: "SollecitiInviati",
                column: "ResponsabileId");

            migrationBuilder.CreateIndex(
                name: "IX_SollecitiInviati_RilevazioneId_ResponsabileId_Regola",
                table: "SollecitiInviati",
                columns: new[] { "RilevazioneId", "ResponsabileId", "Regola" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ValoriRilevazioni_IndicatoreId",
                table: "ValoriRilevazioni",
                column: "IndicatoreId");

            migrationBuilder.CreateIndex(
                name: "IX_ValoriRilevazioni_ObiettivoOperativoId",
                table: "ValoriRilevazioni",
                column: "ObiettivoOperativoId");

            migrationBuilder.CreateIndex(
                name: "IX_ValoriRilevazioni_RilevazioneObiettivoId_IndicatoreId",
                table: "ValoriRilevazioni",
                columns: new[] { "RilevazioneObiettivoId", "IndicatoreId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Audit");

            migrationBuilder.DropTable(
                name: "EmailInUscita");

            migrationBuilder.DropTable(
                name: "Notifiche");

            migrationBuilder.DropTable(
                name: "SollecitiInviati");

            migrationBuilder.DropTable(
                name: "ValoriRilevazioni");

            migrationBuilder.DropColumn(
                name: "InviatoAtUtc",
                table: "RilevazioniObiettivi");

            migrationBuilder.DropColumn(
                name: "InviatoDa",
                table: "RilevazioniObiettivi");

            migrationBuilder.DropColumn(
                name: "NotaRestituzione",
                table: "RilevazioniObiettivi");

            migrationBuilder.DropColumn(
                name: "Riaperto",
                table: "RilevazioniObiettivi");

            migrationBuilder.DropColumn(
                name: "ValidatoAtUtc",
                table: "RilevazioniObiettivi");

            migrationBuilder.DropColumn(
                name: "ValidatoDa",
                table: "RilevazioniObiettivi");

            migrationBuilder.DropColumn(
                name: "ChiedeAzioniCorrettive",
                table: "Rilevazioni");

            migrationBuilder.DropColumn(
                name: "ChiedeStatoAttuazione",
                table: "Rilevazioni");
        }
    }
}
