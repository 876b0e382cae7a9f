package org.makemothersmatter.sites.network.scaffold;

/** Why a plugin cannot be scaffolded as asked, in words a national team can act on. Nothing was written. */
public final class ScaffoldException extends RuntimeException {

    public ScaffoldException(String message) {
        super(message);
    }
}
