package org.marsad.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives itself, before a request reaches Javalin (an ambiguous path such as
 * {@code /js/%2e%2e/token}, a malformed request line or header): problem+json like every other
 * error of the API, instead of Jetty's HTML page.
 */
final class JettyProblems extends ErrorHandler {
  private static final String TYPE = Problem.CONTENT_TYPE + ";charset=utf-8";
  private final ObjectMapper json;

  JettyProblems(ObjectMapper json) {
    this.json = json;
    setShowStacks(false);
    setShowServlet(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, TYPE);
    // the headers every other answer has; these were the only ones without (session 18 QA)
    SecurityHeaders.HEADERS.forEach(fields::put);
    return ByteBuffer.wrap(body(status, detail(status, reason)));
  }

  /**
   * What a person reads: Jetty's reason is often only the status phrase, so say why. A long URI
   * (a query of some thousand words) is no malformed request; session 11 QA read "malformed …
   * refused before routing" for one.
   */
  static String detail(int status, String jettyReason) {
    String reason = jettyReason == null ? "" : ": " + jettyReason; // Jetty gives none for a long URI
    return switch (status) {
      case 414 -> "the request line is too long: the server reads at most " + REQUEST_LINE_AND_HEADERS_BYTES / 1024
          + " KB of URI and headers (fewer or shorter query words, or fewer parameters)" + reason;
      case 431 -> "the request headers are too large: the server reads at most " + REQUEST_LINE_AND_HEADERS_BYTES / 1024
          + " KB of URI and headers" + reason;
      default -> "the request is malformed and was refused before routing (an encoded '..' or '/' in "
          + "the path, a bad header…)" + reason;
    };
  }

  /** Jetty's default request header buffer, which holds the request line too (MarsadServer keeps the default). */
  static final int REQUEST_LINE_AND_HEADERS_BYTES = new org.eclipse.jetty.server.HttpConfiguration().getRequestHeaderSize();

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
      int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setContentType(TYPE);
    SecurityHeaders.HEADERS.forEach(response::setHeader);
    response.getOutputStream().write(body(code, message));
  }

  private byte[] body(int status, String reason) {
    try {
      return json.writeValueAsString(ProblemMapper.ofStatus(status, reason)).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a record of strings always serialises
    }
  }
}
