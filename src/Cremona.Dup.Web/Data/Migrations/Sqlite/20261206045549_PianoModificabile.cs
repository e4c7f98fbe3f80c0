using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cremona.Dup.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PianoModificabile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Ritirato",
                table: "Programmi",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Ritirato",
                table: "ObiettiviStrategici",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "ObiettiviStrategici",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "Ritirato",
                table: "ObiettiviOperativi",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Missioni",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "Ritirato",
                table: "Indicatori",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Piano",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnoCorrente = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Piano", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Piano");

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
        }
    }
}
