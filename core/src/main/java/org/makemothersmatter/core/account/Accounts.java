package org.makemothersmatter.core.account;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Daos;

/**
 * Accounts and signing in. Repeated failures lock an address (and, more loosely, a network address) for a
 * while, whether or not the account exists, so that passwords cannot be guessed at speed.
 */
public final class Accounts {

    static final int MAX_FAILURES_PER_EMAIL = 5;
    static final int MAX_FAILURES_PER_IP = 20;
    static final Duration LOCK_WINDOW = Duration.ofMinutes(15);
    /** The length of the e-mail address column. */
    private static final int MAX_EMAIL = 254;
    /** The length of the name column. */
    private static final int MAX_NAME = 200;

    private final Jdbi jdbi;
    private final AccountDao dao;
    private final Passwords passwords;
    private final AuditLog audit;
    private final Sites sites;
    private final Clock clock;

    @Inject
    public Accounts(Jdbi jdbi, Passwords passwords, AuditLog audit, Sites sites, Clock clock) {
        this.jdbi = jdbi;
        this.dao = Daos.of(jdbi, AccountDao.class);
        this.passwords = passwords;
        this.audit = audit;
        this.sites = sites;
        this.clock = clock;
    }

    /**
     * Creates an account at setup (the command line, the environment at start), recorded as done by "setup";
     * the reasons it cannot be made are reported as {@link IllegalArgumentException}.
     */
    public Account create(String email, String name, Role role, Set<String> siteCodes, String password) {
        return create(null, "setup", null, email, name, role, siteCodes, password);
    }

    /** Creates an account on a network administrator's request, made from {@code ip}. */
    public Account create(Account admin, String ip, String email, String name, Role role, Set<String> siteCodes,
                          String password) {
        return create(admin.id(), admin.email(), ip, email, name, role, siteCodes, password);
    }

    private Account create(Long actorId, String actor, String ip, String email, String name, Role role,
                           Set<String> siteCodes, String password) {
        String address = normalize(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountRefused("email", "'" + email + "' is not an e-mail address.", email);
        }
        String shownName = name(name);
        requireStrong(password);
        for (String site : siteCodes) {
            if (sites.find(site).isEmpty()) {
                throw new AccountRefused("site", "There is no site '" + site + "'.", site);
            }
        }
        if (role != Role.NETWORK_ADMIN && siteCodes.isEmpty()) {
            throw new AccountRefused("noSite", "An editor or a translator needs at least one site.");
        }
        if (dao.byEmail(address).isPresent()) {
            throw new AccountRefused("exists", "An account with the address " + address + " exists already.",
                    address);
        }
        String hash = passwords.hash(password);
        long id = jdbi.inTransaction(handle -> {
            AccountDao tx = handle.attach(AccountDao.class);
            long created = tx.insert(address, shownName, role.code(), hash, clock.instant());
            if (role != Role.NETWORK_ADMIN) {
                siteCodes.forEach(site -> tx.grant(created, site));
            }
            audit.record(actorId, actor, "account.create", null, address,
                    role.code() + (role == Role.NETWORK_ADMIN ? "" : " " + new TreeSet<>(siteCodes)), ip);
            return created;
        });
        return find(id).orElseThrow();
    }

    /** Creates a network administrator with this address unless an account has it already. */
    public boolean ensureAdministrator(String email, String name, String password) {
        if (dao.byEmail(normalize(email)).isPresent()) {
            return false;
        }
        create(email, name, Role.NETWORK_ADMIN, Set.of(), password);
        return true;
    }

    public Optional<Account> find(long id) {
        return dao.byId(id).map(this::account);
    }

    public List<Account> all() {
        return dao.all().stream().map(this::account).toList();
    }

    public boolean hasAdministrator() {
        return dao.activeAdmins() > 0;
    }

    /** The outcome of a sign-in: the account, or why not. */
    public sealed interface SignIn permits SignedIn, Refused, Locked {
    }

    public record SignedIn(Account account) implements SignIn {
    }

    public record Refused() implements SignIn {
    }

    public record Locked(Duration retryAfter) implements SignIn {
    }

    public SignIn signIn(String email, String password, String ip) {
        String typed = normalize(email);
        // No account has an address longer than its column: such an address is refused as an unknown one, its
        // failures counted and recorded under its first characters.
        boolean tooLong = typed.length() > MAX_EMAIL;
        String address = tooLong ? typed.substring(0, MAX_EMAIL) : typed;
        Instant now = clock.instant();
        Instant since = now.minus(LOCK_WINDOW);
        Optional<Instant> lockedSince = locked("email:" + address, MAX_FAILURES_PER_EMAIL, since)
                .or(() -> locked("ip:" + ip, MAX_FAILURES_PER_IP, since));
        if (lockedSince.isPresent()) {
            passwords.spendTheTimeOfACheck(password == null ? "" : password);
            audit.record(null, address, "sign-in-locked", null, null, null, ip);
            return new Locked(Duration.between(now, lockedSince.get().plus(LOCK_WINDOW)));
        }
        Optional<AccountDao.AccountRow> row = tooLong ? Optional.empty() : dao.byEmail(address);
        boolean matches;
        if (row.isPresent()) {
            matches = password != null && passwords.matches(password, row.get().passwordHash());
        } else {
            passwords.spendTheTimeOfACheck(password == null ? "" : password);
            matches = false;
        }
        if (!matches || !row.get().active()) {
            jdbi.useTransaction(handle -> {
                dao.recordFailure("email:" + address, now);
                dao.recordFailure("ip:" + ip, now);
                audit.record(row.map(AccountDao.AccountRow::id).orElse(null), address, "sign-in-failed", null, null,
                        null, ip);
            });
            return new Refused();
        }
        dao.clearFailures("email:" + address);
        Account account = account(row.get());
        audit.record(account.id(), account.email(), "sign-in", null, null, null, ip);
        return new SignedIn(account);
    }

    public Preferences preferences(Account account) {
        return dao.preferences(account.id()).orElseThrow().preferences();
    }

    /**
     * Saves what someone chooses for themselves: their name, language and notices. The notices their role is not
     * offered stay as they were; a name that cannot be kept is refused as {@link IllegalArgumentException}.
     */
    public void savePreferences(Account account, String name, Preferences chosen, String ip) {
        String shownName = name(name);
        List<Notice> offered = Notice.of(account.role());
        Set<Notice> notices = EnumSet.noneOf(Notice.class);
        preferences(account).notices().stream().filter(notice -> !offered.contains(notice)).forEach(notices::add);
        chosen.notices().stream().filter(offered::contains).forEach(notices::add);
        Preferences kept = new Preferences(chosen.language(), notices);
        jdbi.useTransaction(handle -> {
            dao.savePreferences(account.id(), shownName, AccountDao.PreferencesRow.of(kept));
            audit.record(account.id(), account.email(), "account.preferences", null, account.email(),
                    (kept.language() == null ? "browser's language" : kept.language().code()) + "; notices "
                            + kept.notices().stream().map(Notice::code).sorted().toList(), ip);
        });
    }

    /** Sets a new password; refuses a weak one. */
    public void changePassword(Account account, String password) {
        requireStrong(password);
        dao.setPassword(account.id(), passwords.hash(password));
    }

    private static void requireStrong(String password) {
        String weakness = Passwords.weakness(password);
        if (weakness != null) {
            throw new AccountRefused("password", weakness, Passwords.MIN_LENGTH);
        }
    }

    private Optional<Instant> locked(String subject, int max, Instant since) {
        return dao.failuresSince(subject, since) >= max ? dao.firstFailureSince(subject, since) : Optional.empty();
    }

    private Account account(AccountDao.AccountRow row) {
        Set<String> granted = new HashSet<>(dao.sites(row.id()));
        return new Account(row.id(), row.email(), row.name(), Role.find(row.role()).orElseThrow(), granted,
                row.active());
    }

    /** The name as it is kept, without surrounding spaces; refused when empty or longer than its column. */
    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new AccountRefused("name", "A name is needed.");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A name has at most " + MAX_NAME + " characters.");
        }
        return name.strip();
    }

    private static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
