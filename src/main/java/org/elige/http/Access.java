package org.elige.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Token authentication and roles, checked before every matched route that names roles: no or an
 * unknown token is 401, a token whose role the route does not allow is 403. Routes without roles
 * (the page, health, metrics, the OpenAPI document and Swagger UI on it) are open. In development
 * mode (loopback only) requests from this machine need no token and may do everything. An
 * authenticated request is then admitted by the {@link Limits} (its token's and the service's
 * requests in progress).
 */
final class Access {
    static final String PRINCIPAL = "elige.principal";
    private final TokenStore tokens;
    private final boolean dev;
    private final Limits limits;

    /**
     * @param tokens the tokens file; null only in development mode
     * @param limits admits an authenticated request, or refuses it when its token or the service is busy
     */
    Access(TokenStore tokens, boolean dev, Limits limits) {
        this.tokens = tokens;
        this.dev = dev;
        this.limits = limits;
    }

    void check(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.isEmpty()) {
            return;
        }
        if (dev) {
            if (!isLoopback(ctx.req().getRemoteAddr())) {
                throw Reply.fail(ctx, 403, "dev_remote");
            }
            TokenEntry who = new TokenEntry("dev", null, null, null);
            ctx.attribute(PRINCIPAL, who);
            limits.admit(ctx, who, true);
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"elige\"");
            throw Reply.fail(ctx, 401, "unauthorized");
        }
        TokenEntry who = tokens == null ? null : tokens.find(header.substring(7).trim());
        if (who == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"elige\", error=\"invalid_token\"");
            throw Reply.fail(ctx, 401, "invalid_token");
        }
        if (!allowed.contains(who.role())) {
            throw Reply.fail(
                    ctx,
                    403,
                    "forbidden",
                    who.role(),
                    allowed.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        ctx.attribute(PRINCIPAL, who);
        limits.admit(ctx, who, false);
    }

    /** The caller's token entry (role null in development mode, where every role is allowed). */
    static TokenEntry principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    /** True when the caller may act as {@code role}: it holds it, or the server runs in development mode. */
    static boolean holds(Context ctx, Role role) {
        TokenEntry who = principal(ctx);
        return who != null && (who.role() == null || who.role() == role);
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
