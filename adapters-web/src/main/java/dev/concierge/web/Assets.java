package dev.concierge.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.webjars.WebJarVersionLocator;

/**
 * The pages' scripts and styles at /assets/…: htmx and Pico from their webjars (the locator finds
 * the version the build put on the classpath, so upgrading one is a change to the POM alone), and
 * the portal's own few rules. Read once at start; each is served from memory.
 */
final class Assets {
  private record Asset(String type, byte[] bytes) {}

  private final Map<String, Asset> assets;

  Assets() {
    WebJarVersionLocator webjars = new WebJarVersionLocator();
    this.assets =
        Map.of(
            "htmx.min.js",
            new Asset("text/javascript", read(webjar(webjars, "htmx.org", "dist/htmx.min.js"))),
            "pico.min.css",
            new Asset("text/css", read(webjar(webjars, "picocss__pico", "css/pico.min.css"))),
            "portal.css",
            new Asset("text/css", read("/dev/concierge/web/portal.css")));
  }

  void register(RoutesConfig routes) {
    routes.get("/assets/{name}", this::serve);
  }

  private void serve(Context ctx) {
    Asset asset = assets.get(ctx.pathParam("name"));
    if (asset == null) {
      throw new NotFoundResponse();
    }
    ctx.header("Cache-Control", "public, max-age=3600")
        .header("X-Content-Type-Options", "nosniff")
        .contentType(asset.type())
        .result(asset.bytes());
  }

  private static String webjar(WebJarVersionLocator webjars, String name, String file) {
    String path = webjars.fullPath(name, file);
    if (path == null) {
      throw new IllegalStateException("the " + name + " webjar with " + file + " is missing");
    }
    return "/" + path;
  }

  private static byte[] read(String path) {
    try (InputStream in = Assets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
