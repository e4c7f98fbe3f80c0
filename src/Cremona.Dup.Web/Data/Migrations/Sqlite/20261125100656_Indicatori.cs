using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cremona.Dup.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Indicatori : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "SogliaParziale",
                table: "Indicatori",
                type: "TEXT",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SogliaRaggiunto",
                table: "Indicatori",
                type: "TEXT",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unita",
                table: "Indicatori",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImpostazioniIndicatori",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    SogliaRaggiunto = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    SogliaParziale = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpostazioniIndicatori", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ImpostazioniIndicatori",
                columns: new[] { "Id", "SogliaParziale", "SogliaRaggiunto", "Version" },
                values: new object[] { 1, 80m, 100m, new Guid("6b0d8a51-52a4-4c0e-9d55-6f0c1d3e2a10") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpostazioniIndicatori");

            migrationBuilder.DropColumn(
                name: "SogliaParziale",
                table: "Indicatori");

            migrationBuilder.DropColumn(
                name: "SogliaRaggiunto",
                table: "Indicatori");

            migrationBuilder.DropColumn(
                name: "Unita",
                table: "Indicatori");
        }
    }
}
