package dev.concierge.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The API's own description: the hand-written OpenAPI document at /openapi.json (spec-first: the
 * document is the contract, and a test holds the routes and responses to it) and Swagger UI at
 * /docs, served from the swagger-ui webjar on the classpath.
 */
final class ApiDocs {
  static final String SWAGGER_UI = "/META-INF/resources/webjars/swagger-ui/5.34.1/";
  private static final Map<String, String> ASSETS =
      Map.of(
          "swagger-ui.css", "text/css",
          "swagger-ui-bundle.js", "text/javascript",
          "swagger-ui-standalone-preset.js", "text/javascript",
          "favicon-32x32.png", "image/png",
          "favicon-16x16.png", "image/png");
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="UTF-8">
        <title>Concierge API</title>
        <link rel="stylesheet" href="/docs/swagger-ui.css">
        <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
      </head>
      <body>
        <div id="swagger-ui"></div>
        <script src="/docs/swagger-ui-bundle.js"></script>
        <script src="/docs/swagger-ui-standalone-preset.js"></script>
        <script>
          window.ui = SwaggerUIBundle({
            url: "/openapi.json",
            dom_id: "#swagger-ui",
            presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
            layout: "StandaloneLayout"
          });
        </script>
      </body>
      </html>
      """;

  private final byte[] document;

  /**
   * @param document openapi.json as served
   */
  ApiDocs(byte[] document) {
    this.document = document.clone();
  }

  void register(RoutesConfig routes) {
    routes.get("/openapi.json", this::openApi);
    routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(PAGE));
    routes.get("/docs/{asset}", this::asset);
    routes.get("/redoc", ctx -> ctx.redirect("/docs", HttpStatus.FOUND));
  }

  private void openApi(Context ctx) {
    ctx.contentType("application/json").result(document);
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    String type = ASSETS.get(name);
    if (type == null) {
      throw new NotFoundResponse();
    }
    ctx.header("Cache-Control", "public, max-age=86400")
        .contentType(type)
        .result(resource(SWAGGER_UI + name));
  }

  private static byte[] resource(String path) {
    try (InputStream in = ApiDocs.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
