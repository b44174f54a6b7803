# The deployable service image: built from source, run as an unprivileged user, production profile.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY bpmn bpmn
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/hireflow-*.jar /hireflow.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 hireflow
COPY --from=build /hireflow.jar /app/hireflow.jar
USER hireflow
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/hireflow.jar"]
