package dev.concierge.http;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before any route sees them (an encoded NUL or invalid UTF-8 in the path,
 * an ambiguous {@code ..;} segment, a URI or headers over the limit) get an RFC 9457 problem like
 * every other refusal, whatever the method, rather than Jetty's HTML page or, for a DELETE, an
 * empty body. Jetty keeps two error handlers: the server's for what fails before the servlet
 * context, the context's for what the servlet layer refuses.
 */
final class ProtocolProblems {
  private static final String CONTENT_TYPE = Problem.MEDIA_TYPE + ";charset=utf-8";

  private ProtocolProblems() {}

  /** The document for {@code status}; nothing from the request goes into it. */
  static byte[] document(int status) {
    String title = HttpStatus.getMessage(status);
    String detail =
        switch (status) {
          case 400 -> "The request line, path or headers are malformed.";
          case 413 -> "The request body is larger than the server accepts.";
          case 414 -> "The request URI is longer than the server accepts.";
          case 431 -> "The request headers are larger than the server accepts.";
          default -> title + ".";
        };
    String slug =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return ("{\"type\":\""
            + Problem.TYPE_BASE
            + slug
            + "\",\"title\":\""
            + title
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void writeProblem(Response response, int status, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(document(status)), callback);
  }

  /** For the server: malformed requests, and errors raised before the servlet context. */
  static final class OnServer extends ErrorHandler {
    @Override
    public boolean errorPageForMethod(String method) {
      return true;
    }

    @Override
    protected boolean generateAcceptableResponse(
        Request request,
        Response response,
        Callback callback,
        String contentType,
        List<Charset> charsets,
        int code,
        String message,
        Throwable cause) {
      writeProblem(response, code, callback);
      return true;
    }
  }

  /** For the servlet context: paths the servlet layer finds ambiguous or cannot decode. */
  static final class InContext extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
    @Override
    public boolean errorPageForMethod(String method) {
      return true;
    }

    /** As Jetty's own does: write the page, then let the servlet channel complete. */
    @Override
    protected boolean generateAcceptableResponse(
        Request request,
        Response response,
        Callback callback,
        String contentType,
        List<Charset> charsets,
        int code,
        String message,
        Throwable cause) {
      writeProblem(response, code, callback);
      ServletContextRequest servlet = Request.as(request, ServletContextRequest.class);
      if (servlet != null) {
        servlet.getServletChannel().sendErrorResponseAndComplete();
      }
      return true;
    }
  }
}
