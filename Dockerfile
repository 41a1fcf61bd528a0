# Build: the same Maven build as on a laptop, without tests (CI runs those).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
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
ENTRYPOINT ["java", "-jar", "/app/concierge-admin.jar"]
CMD ["serve"]
