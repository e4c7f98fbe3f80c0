using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cremona.Dup.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Iniziale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Missioni",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Numero = table.Column<int>(type: "INTEGER", nullable: false),
                    Nome = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Missioni", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ObiettiviStrategici",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Codice = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nome = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObiettiviStrategici", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Responsabili",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Responsabili", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Rilevazioni",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Data = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Titolo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Scadenza = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnoConsuntivo = table.Column<int>(type: "INTEGER", nullable: false),
                    Stato = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rilevazioni", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Programmi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MissioneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Codice = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nome = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Responsabili = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    Descrizione = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    MotivazioneScelte = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    FinalitaDaConseguire = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RisorseUmane = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RisorseStrumentali = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Ordine = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Programmi_Missioni_MissioneId",
                        column: x => x.MissioneId,
                        principalTable: "Missioni",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    NomeCompleto = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResponsabileId = table.Column<int>(type: "INTEGER", nullable: true),
                    Attivo = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Responsabili_ResponsabileId",
                        column: x => x.ResponsabileId,
                        principalTable: "Responsabili",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganismiPartecipati",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RilevazioneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nome = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Introduzione = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Ordine = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganismiPartecipati", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganismiPartecipati_Rilevazioni_RilevazioneId",
                        column: x => x.RilevazioneId,
                        principalTable: "Rilevazioni",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObiettiviOperativi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Codice = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nome = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProgrammaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObiettivoStrategicoId = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponsabilePolitico = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    ResponsabileGestionaleId = table.Column<int>(type: "INTEGER", nullable: false),
                    DescrizioneSintetica = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Gap = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Stakeholder = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SettoriCoinvolti = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Ordine = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObiettiviOperativi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObiettiviOperativi_ObiettiviStrategici_ObiettivoStrategicoId",
                        column: x => x.ObiettivoStrategicoId,
                        principalTable: "ObiettiviStrategici",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObiettiviOperativi_Programmi_ProgrammaId",
                        column: x => x.ProgrammaId,
                        principalTable: "Programmi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObiettiviOperativi_Responsabili_ResponsabileGestionaleId",
                        column: x => x.ResponsabileGestionaleId,
                        principalTable: "Responsabili",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SezioniPartecipate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganismoPartecipatoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Numero = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Titolo = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Testo = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Rendicontazione = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Ordine = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SezioniPartecipate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SezioniPartecipate_OrganismiPartecipati_OrganismoPartecipatoId",
                        column: x => x.OrganismoPartecipatoId,
                        principalTable: "OrganismiPartecipati",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DefinizioniObiettivi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObiettivoOperativoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Anno = table.Column<int>(type: "INTEGER", nullable: false),
                    Testo = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefinizioniObiettivi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DefinizioniObiettivi_ObiettiviOperativi_ObiettivoOperativoId",
                        column: x => x.ObiettivoOperativoId,
                        principalTable: "ObiettiviOperativi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicatori",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ObiettivoOperativoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordine = table.Column<int>(type: "INTEGER", nullable: false),
                    Nome = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Finalita = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Direzione = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PrimoAnno = table.Column<int>(type: "INTEGER", nullable: false),
                    UltimoAnno = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicatori", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicatori_ObiettiviOperativi_ObiettivoOperativoId",
                        column: x => x.ObiettivoOperativoId,
                        principalTable: "ObiettiviOperativi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RilevazioniObiettivi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RilevazioneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObiettivoOperativoId = table.Column<int>(type: "INTEGER", nullable: false),
                    StatoAttuazione = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AzioniCorrettive = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Stato = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RilevazioniObiettivi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RilevazioniObiettivi_ObiettiviOperativi_ObiettivoOperativoId",
                        column: x => x.ObiettivoOperativoId,
                        principalTable: "ObiettiviOperativi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RilevazioniObiettivi_Rilevazioni_RilevazioneId",
                        column: x => x.RilevazioneId,
                        principalTable: "Rilevazioni",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndirizziPartecipate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SezionePartecipataId = table.Column<int>(type: "INTEGER", nullable: false),
                    Lettera = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Testo = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Rendicontazione = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Ordine = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndirizziPartecipate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndirizziPartecipate_SezioniPartecipate_SezionePartecipataId",
                        column: x => x.SezionePartecipataId,
                        principalTable: "SezioniPartecipate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatoriValori",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatoreId = table.Column<int>(type: "INTEGER", nullable: false),
                    Anno = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Consuntivo = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatoriValori", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatoriValori_Indicatori_IndicatoreId",
                        column: x => x.IndicatoreId,
                        principalTable: "Indicatori",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatoriPartecipate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndirizzoPartecipataId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TargetAtteso = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Finalita = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Risultato = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Ordine = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatoriPartecipate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatoriPartecipate_IndirizziPartecipate_IndirizzoPartecipataId",
                        column: x => x.IndirizzoPartecipataId,
                        principalTable: "IndirizziPartecipate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ResponsabileId",
                table: "AspNetUsers",
                column: "ResponsabileId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DefinizioniObiettivi_ObiettivoOperativoId_Anno",
                table: "DefinizioniObiettivi",
                columns: new[] { "ObiettivoOperativoId", "Anno" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicatori_ObiettivoOperativoId_Ordine",
                table: "Indicatori",
                columns: new[] { "ObiettivoOperativoId", "Ordine" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatoriPartecipate_IndirizzoPartecipataId",
                table: "IndicatoriPartecipate",
                column: "IndirizzoPartecipataId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatoriValori_IndicatoreId_Anno",
                table: "IndicatoriValori",
                columns: new[] { "IndicatoreId", "Anno" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndirizziPartecipate_SezionePartecipataId",
                table: "IndirizziPartecipate",
                column: "SezionePartecipataId");

            migrationBuilder.CreateIndex(
                name: "IX_Missioni_Numero",
                table: "Missioni",
                column: "Numero",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObiettiviOperativi_Codice",
                table: "ObiettiviOperativi",
                column: "Codice",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObiettiviOperativi_ObiettivoStrategicoId",
                table: "ObiettiviOperativi",
                column: "ObiettivoStrategicoId");

            migrationBuilder.CreateIndex(
                name: "IX_ObiettiviOperativi_ProgrammaId",
                table: "ObiettiviOperativi",
                column: "ProgrammaId");

            migrationBuilder.CreateIndex(
                name: "IX_ObiettiviOperativi_ResponsabileGestionaleId",
                table: "ObiettiviOperativi",
                column: "ResponsabileGestionaleId");

            migrationBuilder.CreateIndex(
                name: "IX_ObiettiviStrategici_Codice",
                table: "ObiettiviStrategici",
                column: "Codice",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganismiPartecipati_RilevazioneId_Nome",
                table: "OrganismiPartecipati",
                columns: new[] { "RilevazioneId", "Nome" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programmi_Codice",
                table: "Programmi",
                column: "Codice",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programmi_MissioneId",
                table: "Programmi",
                column: "MissioneId");

            migrationBuilder.CreateIndex(
                name: "IX_Responsabili_Nome",
                table: "Responsabili",
                column: "Nome",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rilevazioni_Data",
                table: "Rilevazioni",
                column: "Data",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RilevazioniObiettivi_ObiettivoOperativoId",
                table: "RilevazioniObiettivi",
                column: "ObiettivoOperativoId");

            migrationBuilder.CreateIndex(
                name: "IX_RilevazioniObiettivi_RilevazioneId_ObiettivoOperativoId",
                table: "RilevazioniObiettivi",
                columns: new[] { "RilevazioneId", "ObiettivoOperativoId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SezioniPartecipate_OrganismoPartecipatoId",
                table: "SezioniPartecipate",
                column: "OrganismoPartecipatoId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "DefinizioniObiettivi");

            migrationBuilder.DropTable(
                name: "IndicatoriPartecipate");

            migrationBuilder.DropTable(
                name: "IndicatoriValori");

            migrationBuilder.DropTable(
                name: "RilevazioniObiettivi");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "IndirizziPartecipate");

            migrationBuilder.DropTable(
                name: "Indicatori");

            migrationBuilder.DropTable(
                name: "SezioniPartecipate");

            migrationBuilder.DropTable(
                name: "ObiettiviOperativi");

            migrationBuilder.DropTable(
                name: "OrganismiPartecipati");

            migrationBuilder.DropTable(
                name: "ObiettiviStrategici");

            migrationBuilder.DropTable(
                name: "Programmi");

            migrationBuilder.DropTable(
                name: "Responsabili");

            migrationBuilder.DropTable(
                name: "Rilevazioni");

            migrationBuilder.DropTable(
                name: "Missioni");
        }
    }
}
