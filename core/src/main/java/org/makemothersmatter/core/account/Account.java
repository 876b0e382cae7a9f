package org.makemothersmatter.core.account;

import java.util.Set;

/** Someone who signs in to the back office, and the sites they work on. */
public record Account(long id, String email, String name, Role role, Set<String> sites, boolean active) {

    public Account {
        sites = Set.copyOf(sites);
    }

    public boolean worksOn(String site) {
        return role == Role.NETWORK_ADMIN || sites.contains(site);
    }
}
