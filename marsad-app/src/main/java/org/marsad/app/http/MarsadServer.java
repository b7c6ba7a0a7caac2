package org.marsad.app.http;

import static io.javalin.apibuilder.ApiBuilder.before;
import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;
import static io.javalin.apibuilder.ApiBuilder.sse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;

/**
 * The Marsad HTTP server: JSON API under {@code /api}, the OpenAPI document at
 * {@code /openapi.json}, and the web UI at {@code /}: its pages rendered from one layout
 * ({@link UiPages}), its scripts and styles static files from the jar's {@code /web}.
 * Created in one place ({@link #MarsadServer}); {@link #start()} binds it.
 */
public final class MarsadServer implements AutoCloseable {
  private static final String EVENT_STREAM = "text/event-stream";

  private final ServerConfig config;
  private final EventHub events;
  private final Javalin app;

  public MarsadServer(ServerConfig config, Services services) {
    this.config = config;
    ObjectMapper json = JsonMapping.mapper();
    this.events = new EventHub(json);
    services.alertEngine().addListener(events);

    DocumentBody body = new DocumentBody(json, config.maxRequestBytes());
    EntityHandlers entities = new EntityHandlers(services.entities());
    StoryHandlers stories = new StoryHandlers(services.stories());
    AlertHandlers alerts = new AlertHandlers(services.alerts(), services.hitLog(), json, config.maxRequestBytes());
    UiPages pages = UiPages.load();

    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = config.maxRequestBytes();
      // Idle timeout of each request's I/O (reading a body, writing an answer); the connector's
      // own idle timeout (idle connections, stalled request headers) is set in start().
      cfg.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(config.idleTimeoutMillis()));
      cfg.http.prefer405over404 = true;
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems(json)));
      cfg.jsonMapper(new JavalinJackson(json, false));
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "no-cache");
        // the scripts hold Arabic text: say UTF-8 rather than leave it to the browser
        sf.mimeTypes.add("text/javascript; charset=utf-8", "js");
        sf.mimeTypes.add("text/css; charset=utf-8", "css");
      });
      if (!config.corsOrigins().isEmpty()) {
        cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> config.corsOrigins().forEach(rule::allowHost)));
      }
      cfg.router.apiBuilder(() -> {
        before(SecurityHeaders::apply);
        before(HostGuard.forBinding(config.host(), config.allowedHosts())); // DNS rebinding: before any page, file or API
        before(ctx -> QueryEncoding.requireUtf8(ctx.queryString()));
        // the UI's pages: one layout, each page's content (UiPages); scripts and styles are static files
        get("/", pages.handler(UiPages.PAGES.get(0).file()));
        for (UiPages.Page page : UiPages.PAGES) get("/" + page.file(), pages.handler(page.file()));
        get("/openapi.json", new OpenApiHandler());
        get("/api/search", new SearchHandler(services.store(), services.queryExpansion(), services.searchNameMarks(), services.searchFacetJoin()));
        get("/api/articles/{id}", new ArticleHandler(services.store()));
        post("/api/analyze", new AnalyzeHandler(body, services.analyze()));
        post("/api/ingest", new IngestHandler(body, services.ingest(), services.alertEngine()), Access.TOKEN);
        get("/api/entities", entities::list);
        get("/api/entities/{id}", entities::profile);
        get("/api/quotes", new QuoteHandler(services.quotes()));
        get("/api/stories", stories::list);
        get("/api/stories/{id}", stories::get);
        get("/api/trends", new TrendHandler(services.trends()));
        get("/api/alerts", alerts::list, Access.TOKEN);
        post("/api/alerts", alerts::create, Access.TOKEN);
        get("/api/alerts/hits", alerts::hits, Access.TOKEN);
        get("/api/alerts/{id}", alerts::get, Access.TOKEN);
        put("/api/alerts/{id}", alerts::replace, Access.TOKEN);
        delete("/api/alerts/{id}", alerts::delete, Access.TOKEN);
        get("/api/status", new StatusHandler(services.store(), services.feeds(), services.alerts(),
            services.dataDir(), services.clock()));
        sse(TokenGuard.EVENTS_PATH, events::connect, Access.TOKEN);
      });
    });
    app.beforeMatched(new TokenGuard(config.token())); // checks the Access role of the route that matched
    // Javalin's SSE route streams only when Accept is exactly text/event-stream; anything else got an
    // empty 200 that a desk's curl took for "no events" (session 17 QA, F2). Checked after the token.
    app.beforeMatched(TokenGuard.EVENTS_PATH, ctx -> {
      if (!EVENT_STREAM.equals(ctx.header("Accept"))) {
        throw new ApiException(406, "not-acceptable", "Not acceptable",
            "the event stream needs the request header 'Accept: " + EVENT_STREAM + "' (a browser's EventSource sends it; curl -N -H 'Accept: " + EVENT_STREAM + "' …)");
      }
    });
    ProblemMapper.register(app, config.maxRequestBytes(), !config.corsOrigins().isEmpty());
  }

  /** Binds host and port from the configuration; returns this. */
  public MarsadServer start() {
    app.start(config.host(), config.port());
    for (Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof AbstractConnector connector) connector.setIdleTimeout(config.idleTimeoutMillis());
    }
    return this;
  }

  /** The bound port (useful when configured as 0). */
  public int port() {
    return app.port();
  }

  /** The Javalin instance (tests read its route table). */
  Javalin app() {
    return app;
  }

  EventHub events() {
    return events;
  }

  @Override
  public void close() {
    events.close();
    app.stop();
  }
}
