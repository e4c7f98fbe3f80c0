# Cremona.Dup — production image (used by docker-compose.yml).
#
#   docker build -t cremona-dup .
#
# Build stage: the .NET 10 SDK image plus Node.js/npm, because the web project runs `npm ci` and copies
# bootstrap-italia and chart.js into wwwroot/lib while it builds (see Cremona.Dup.Web.csproj).
# Runtime stage: Debian 12 "bookworm" with Debian's chromium and fonts for the PDF of the Allegato 6
# (decisions.md §2) and the ASP.NET Core runtime copied from the official image. Microsoft ships no Debian
# images for .NET 10 (the `10.0` tags are Ubuntu 24.04, whose `chromium` is only a snap stub that cannot run
# in a container), so the runtime is put on Debian by hand, as the .NET container docs suggest.

ARG DOTNET_SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG DOTNET_ASPNET_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0
ARG DEBIAN_IMAGE=debian:bookworm-slim

# ---------------------------------------------------------------------------------------------------------
FROM ${DOTNET_SDK_IMAGE} AS build

# global.json asks for SDK 10.0.401 or a later patch/feature band: the `sdk:10.0` tag carries the newest one.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*

ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false

WORKDIR /src

# Restore first (cached until the project file or the central package versions change) ...
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Cremona.Dup.Web/Cremona.Dup.Web.csproj src/Cremona.Dup.Web/
RUN dotnet restore src/Cremona.Dup.Web/Cremona.Dup.Web.csproj

# ... then the npm packages (cached until package-lock.json changes; the MSBuild target then skips `npm ci`) ...
COPY src/Cremona.Dup.Web/package.json src/Cremona.Dup.Web/package-lock.json src/Cremona.Dup.Web/
RUN cd src/Cremona.Dup.Web && npm ci --no-audit --no-fund --loglevel=error

# ... then the sources (see .dockerignore).
COPY . .
RUN dotnet publish src/Cremona.Dup.Web/Cremona.Dup.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# ---------------------------------------------------------------------------------------------------------
FROM ${DOTNET_ASPNET_IMAGE} AS dotnet

# ---------------------------------------------------------------------------------------------------------
FROM ${DEBIAN_IMAGE} AS final

LABEL org.opencontainers.image.title="Cremona.Dup" \
      org.opencontainers.image.description="Monitoraggio del DUP e del piano della performance" \
      org.opencontainers.image.vendor="Comune di Cremona" \
      org.opencontainers.image.licenses="EUPL-1.2"

# UID/GID of the non-root user, the same as in Microsoft's images.
ENV APP_UID=1654

# .NET dependencies (libicu72 is Debian 12's ICU: on Debian 13 use libicu76), Chromium and fonts for the PDF,
# fontconfig for FONTCONFIG_FILE and fc-list, curl for HEALTHCHECK.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        libc6 \
        libgcc-s1 \
        libicu72 \
        libssl3 \
        libstdc++6 \
        tzdata \
        chromium \
        fontconfig \
        fonts-dejavu-core \
        fonts-liberation \
        curl \
    && rm -rf /var/lib/apt/lists/*

# ASP.NET Core runtime (dotnet host + Microsoft.NETCore.App + Microsoft.AspNetCore.App).
COPY --from=dotnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet

# Non-root user with a home (fontconfig cache, Chromium profile) and the data folder it owns, so that a new
# named volume mounted on /data inherits the ownership.
RUN groupadd --gid=$APP_UID app \
    && useradd --no-log-init --uid=$APP_UID --gid=$APP_UID --create-home app \
    && mkdir -p /data \
    && chown app:app /data

WORKDIR /app
COPY --from=build /app ./

# App__DataFolder holds the SQLite file (when Database__Provider=Sqlite), logs/ and the data-protection keys/.
# TZ only affects times the operating system shows (log lines): the app stores UTC and shows Europe/Rome itself.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    App__DataFolder=/data \
    TZ=Europe/Rome

USER $APP_UID
VOLUME /data
EXPOSE 8080

# /health answers 200 when the database is reachable and 503 otherwise; the start period covers the
# migrations that run at start-up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/health || exit 1

ENTRYPOINT ["dotnet", "Cremona.Dup.Web.dll"]
