package org.makemothersmatter.core.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;

/**
 * Serves a subsite at {@code /} of its own host names: a request for {@code belgium.example.org/fr/news} is
 * routed as {@code /belgium/fr/news}, so that every page exists once, under its prefix, whichever way it is
 * reached. What every site shares (assets, images, the back office, robots.txt) keeps its address on every host.
 */
final class HostNames implements Filter {

    private static final String[] SHARED = {"/assets/", "/media/", "/admin", "/robots.txt"};

    private final Sites sites;

    HostNames(Sites sites) {
        this.sites = sites;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Optional<Site> site = sites.byHost(http.getServerName().toLowerCase(Locale.ROOT));
        String path = http.getRequestURI();
        if (site.isEmpty() || shared(path)) {
            chain.doFilter(request, response);
            return;
        }
        String routed = site.get().pathPrefix() + (path.equals("/") ? "" : path);
        http.setAttribute(Addresses.BY_HOST, site.get().code());
        chain.doFilter(new HttpServletRequestWrapper(http) {
            @Override
            public String getRequestURI() {
                return routed;
            }
        }, response);
    }

    private static boolean shared(String path) {
        for (String prefix : SHARED) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
