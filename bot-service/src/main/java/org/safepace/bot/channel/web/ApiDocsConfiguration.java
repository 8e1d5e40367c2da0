package org.safepace.bot.channel.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's title and the error answers every operation shares (one problem+json shape), written
 * once here rather than on each method.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI safePaceApi() {
        return new OpenAPI().info(new Info().title("SafePace chat API").version("v1")
                .description("Kind, sourced answers about vaginismus for the person and for partners. Every error "
                        + "is an RFC 9457 problem (application/problem+json).")
                .license(new License().name("See LICENSE in the repository")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().values().forEach(item -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses();
                if (method == PathItem.HttpMethod.POST) {
                    responses.addApiResponse("400", problem("Malformed JSON, or a field that is missing, empty, too "
                            + "long or of the wrong JSON type (the problem's `field` names it)"));
                    responses.addApiResponse("408", problem("A body that has not fully arrived within 10 s"));
                    responses.addApiResponse("413", problem("A body over 16 KB, however it is sent (sized or chunked)"));
                    responses.addApiResponse("415", problem("A content type other than application/json"));
                    responses.addApiResponse("429", problem("Too many messages from this session or address")
                            .addHeaderObject("Retry-After", new Header().description("seconds to wait")
                                    .schema(new IntegerSchema())));
                }
                responses.addApiResponse("500", problem("A bug; the problem's `errorId` is the one in the log"));
            }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema problem = new Schema<>().type("object").description("RFC 9457 problem details");
        problem.addProperty("type", new Schema<>().type("string").format("uri")
                .description("https://safepace.invalid/problems/<slug>, e.g. invalid-request, malformed-json"));
        problem.addProperty("title", new Schema<>().type("string"));
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new Schema<>().type("string").description("what was wrong; never what was sent"));
        problem.addProperty("instance", new Schema<>().type("string").format("uri"));
        problem.addProperty("field", new Schema<>().type("string").description("400: the request field at fault"));
        problem.addProperty("errorId", new Schema<>().type("string").description("500: quote it to the operator"));
        problem.setRequired(java.util.List.of("type", "title", "status"));
        return problem;
    }
}
