package io.pactwatch.notify;

/** Who is told what: each recipient's notices ({@link Routing}). */
final class RouteStage implements PassStage {

    private final Routing routing;

    RouteStage(Routing routing) {
        this.routing = routing;
    }

    @Override
    public String name() {
        return "route";
    }

    @Override
    public void run(PassState pass) {
        pass.routed = routing.route(pass.notices, pass.known);
    }
}
