# Build: the same Maven build as on a laptop, without tests (CI runs those).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependencies first, in a layer that only a change of a pom invalidates: the poms alone, built
# to the package phase with nothing to compile, fetch every dependency and plugin the real build
# uses (the modules resolve to each other's empty jars in the reactor). The build of the sources
# below then needs nothing more: it passes offline (-o). dependency:go-offline is no substitute:
# it reaches for artifacts this build never uses, and fails on one.
COPY .mvn .mvn
COPY pom.xml .
COPY core/pom.xml core/
COPY adapters-persistence/pom.xml adapters-persistence/
COPY adapters-files/pom.xml adapters-files/
COPY library/pom.xml library/
COPY adapters-http/pom.xml adapters-http/
COPY adapters-slack/pom.xml adapters-slack/
COPY adapters-claude/pom.xml adapters-claude/
COPY adapters-ses/pom.xml adapters-ses/
COPY adapters-ical/pom.xml adapters-ical/
COPY adapters-web/pom.xml adapters-web/
COPY adapters-cli/pom.xml adapters-cli/
COPY benchmarks/pom.xml benchmarks/
COPY examples/embedded/pom.xml examples/embedded/
# (the portal's template compiler wants its folder, which the sources bring later)
RUN mkdir -p adapters-web/src/main/jte
RUN mvn -B -q -DskipTests package -pl adapters-cli -am && rm -rf -- */target
# Then the sources.
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package -pl adapters-cli -am

# Run: a JRE, the CLI jar and its libraries.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app --shell /usr/sbin/nologin concierge
WORKDIR /app
COPY --from=build /src/adapters-cli/target/concierge-admin.jar /app/concierge-admin.jar
COPY --from=build /src/adapters-cli/target/lib /app/lib
RUN mkdir -p /app/data && chown concierge /app/data
USER concierge
ENV PORT=8000 HOST=0.0.0.0 CONCIERGE_DATA_DIR=/app/data
EXPOSE 8000
# /health answers 503 while the database is unreachable. curl is part of eclipse-temurin's Ubuntu
# images (they install it on purpose); the start period covers migrations on a first start.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/health" || exit 1
# java is PID 1 and gets the SIGTERM of `docker stop` itself (see stop_grace_period in compose)
ENTRYPOINT ["java", "-jar", "/app/concierge-admin.jar"]
CMD ["serve"]
