package crosscheck.app;

import io.javalin.Javalin;

/** A bare Javalin answering "hello" on /hello: the reference the server benchmark measures Crosscheck against. */
final class HelloServer {
    private HelloServer() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/hello", ctx -> ctx.result("hello"));
        }).start("127.0.0.1", port);
        System.out.println("hello server on " + app.port());
    }
}
