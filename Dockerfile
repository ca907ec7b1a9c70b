# Builds the application from this repository and runs it on a JRE, as an unprivileged user.
FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY tracker-domain tracker-domain
COPY tracker-reports tracker-reports
COPY tracker-api tracker-api
COPY tracker-bench tracker-bench
RUN ./mvnw -B -q package -DskipTests

# a current JRE: the 25 LTS line, its newest update at each build (the code targets Java 21)
FROM eclipse-temurin:25-jre-noble
# headless AWT draws the report's charts; it needs FreeType and fontconfig (the fonts themselves are bundled)
RUN apt-get update && apt-get install -y --no-install-recommends libfreetype6 fontconfig \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app backcare
WORKDIR /app
# the extracted layout (tracker-api.jar with a Class-Path into lib/), which starts in half the time of the
# single jar: ADR 0008. /app is the server's to write: its first start leaves the class archive there.
COPY --from=build /src/tracker-api/target/app/ /app/
COPY jvm.options /app/jvm.options
RUN chown backcare /app
# fewer glibc malloc arenas: part of keeping the resident set under 512 MB (see jvm.options)
ENV MALLOC_ARENA_MAX=2
USER backcare
EXPOSE 8080
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/tracker-api.jar"]
