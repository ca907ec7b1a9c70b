package care.backcare.tracker.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI backcareOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Backcare Tracker API")
                        .version("v1")
                        .description("""
                                Log stretching sessions and pain, plan a routine, read weekly trends and share them \
                                with a physiotherapist. JSON in and out; instants are ISO-8601 UTC; weeks are ISO weeks \
                                in the patient's time zone. Every error is application/problem+json. Writes use \
                                client-chosen ids and PUT: 201 the first time, 200 for an identical repeat, 409 when \
                                the id was used for different content.""")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Username and password"))
                        .addSecuritySchemes("personalToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal token from POST /api/me/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("personalToken"));
    }
}
