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
import org.makemothersmatter.core.mail.Notifications;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Daos;

/**
 * Accounts, their life cycle and signing in. After {@link #FREE_FAILURES} failed sign-ins for an address, whether or
 * not the account exists, each attempt must wait twice as long after the last failure as the one before, from
 * {@link #FIRST_DELAY} up to {@link #MAX_DELAY}; an attempt sooner is refused without checking the password, and one
 * in time with the right password signs in: passwords cannot be guessed at speed, yet nobody can lock the owner out
 * by failing on purpose. (The limits per client are the web's: see {@code ClientLimits}.) A network
 * administrator invites someone, who chooses their password through a link mailed to them; anyone who forgot theirs
 * asks for such a link. A link works once, within {@link #INVITATION_VALID} or {@link #RESET_VALID}; a new password
 * and disabling an account make its other links worthless. A disabled account cannot sign in, nor get a link, and its
 * sessions end. There is always a network administrator who can sign in: the last one is neither disabled nor demoted.
 * An account with {@link TwoFactor two-factor sign-in} is signed in only once a code follows its password.
 */
public final class Accounts {

    /** The failed sign-ins for an address that cost nothing. */
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    /** How long a failed sign-in counts: long enough for one failure each {@link #MAX_DELAY} to keep the delay. */
    static final Duration FAILURES_COUNTED = Duration.ofHours(1);
    /** The length of the e-mail address column. */
    private static final int MAX_EMAIL = 254;
    /** How many links to choose a new password an address gets within {@link #RESET_WINDOW}: no flood of mails. */
    static final int MAX_RESETS_PER_EMAIL = 3;
    static final Duration RESET_WINDOW = Duration.ofMinutes(15);
    public static final Duration INVITATION_VALID = Duration.ofHours(72);
    public static final Duration RESET_VALID = Duration.ofHours(1);
    /** The length of the name column. */
    private static final int MAX_NAME = 200;

    private final Jdbi jdbi;
    private final AccountDao dao;
    private final Passwords passwords;
    private final AuditLog audit;
    private final Sites sites;
    private final Notifications mails;
    private final TwoFactor twoFactor;
    private final Clock clock;

    @Inject
    public Accounts(Jdbi jdbi, Passwords passwords, AuditLog audit, Sites sites, Notifications mails,
                    TwoFactor twoFactor, Clock clock) {
        this.jdbi = jdbi;
        this.dao = Daos.of(jdbi, AccountDao.class);
        this.passwords = passwords;
        this.audit = audit;
        this.sites = sites;
        this.mails = mails;
        this.twoFactor = twoFactor;
        this.clock = clock;
    }

    /**
     * Creates an account at setup (the command line, the environment at start), recorded as done by "setup";
     * the reasons it cannot be made are reported as {@link IllegalArgumentException}.
     */
    public Account create(String email, String name, Role role, Set<String> siteCodes, String password) {
        return create(null, "setup", null, email, name, role, siteCodes, password);
    }

    /**
     * Invites someone on a network administrator's request, made from {@code ip}: the account is made without a
     * password, and a link to choose one is mailed to it, in {@code language}, the administrator's.
     */
    public Account invite(Account admin, String ip, String email, String name, Role role, Set<String> siteCodes,
                          Language language) {
        return jdbi.inTransaction(handle -> {
            Account invited = create(admin.id(), admin.email(), ip, email, name, role, siteCodes, null);
            mails.passwordLink(invited.id(), admin, openLink(invited.id(), "invitation", INVITATION_VALID),
                    INVITATION_VALID.toHours(), language);
            return invited;
        });
    }

    /** Makes an account, with this password, or with none for one invited. */
    private Account create(Long actorId, String actor, String ip, String email, String name, Role role,
                           Set<String> siteCodes, String password) {
        String address = normalize(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountRefused("email", "'" + email + "' is not an e-mail address.", email);
        }
        String shownName = name(name);
        if (password != null) {
            passwords.requireStrong(password);
        }
        requireSites(role, siteCodes);
        if (dao.byEmail(address).isPresent()) {
            throw new AccountRefused("exists", "An account with the address " + address + " exists already.",
                    address);
        }
        String hash = password == null ? null : passwords.hash(password);
        long id = jdbi.inTransaction(handle -> {
            AccountDao tx = handle.attach(AccountDao.class);
            long created = tx.insert(address, shownName, role.code(), hash, clock.instant());
            if (role != Role.NETWORK_ADMIN) {
                siteCodes.forEach(site -> tx.grant(created, site));
            }
            audit.record(actorId, actor, password == null ? "account.invite" : "account.create", null, address,
                    grants(role, siteCodes), ip);
            return created;
        });
        return find(id).orElseThrow();
    }

    /**
     * Changes an account's name, role and sites on a network administrator's request; effective at the account's
     * next request. The last network administrator who can sign in stays one.
     */
    public Account update(Account admin, String ip, long id, String name, Role role, Set<String> siteCodes) {
        Account account = existing(id);
        String shownName = name(name);
        requireSites(role, siteCodes);
        return jdbi.inTransaction(handle -> {
            if (role != Role.NETWORK_ADMIN) {
                requireAnotherAdmin(account);
            }
            dao.update(id, shownName, role.code());
            dao.revokeSites(id);
            if (role != Role.NETWORK_ADMIN) {
                siteCodes.forEach(site -> dao.grant(id, site));
            }
            audit.record(admin.id(), admin.email(), "account.update", null, account.email(),
                    shownName + "; " + grants(role, siteCodes), ip);
            return existing(id);
        });
    }

    /**
     * Disables an account, which can no longer sign in nor get a link, its sessions and links ended at once; or
     * enables it again, with the password it had. The last network administrator who can sign in stays enabled.
     */
    public Account setActive(Account admin, String ip, long id, boolean active) {
        Account account = existing(id);
        return jdbi.inTransaction(handle -> {
            if (!active) {
                requireAnotherAdmin(account);
                dao.closeSessions(id);
                dao.closeLinks(id, clock.instant());
            }
            dao.setActive(id, active);
            audit.record(admin.id(), admin.email(), active ? "account.enable" : "account.disable", null,
                    account.email(), null, ip);
            return existing(id);
        });
    }

    /** Ends every session of an account, which signs in again at its next request; returns how many. */
    public int endSessions(Account admin, String ip, long id) {
        Account account = existing(id);
        return jdbi.inTransaction(handle -> {
            int ended = dao.closeSessions(id);
            audit.record(admin.id(), admin.email(), "account.end-sessions", null, account.email(),
                    String.valueOf(ended), ip);
            return ended;
        });
    }

    /**
     * Mails a link to choose a new password to the account of this address, if there is one and it is active, in its
     * language, else {@code language}, that of the page where it was asked for. Whoever asks learns nothing of
     * whether the account exists: the page says the same, and the time taken is that of writing a row or two. An
     * address gets {@link #MAX_RESETS_PER_EMAIL} links within {@link #RESET_WINDOW} at most.
     */
    public void requestReset(String email, String ip, Language language) {
        String address = normalize(email);
        Instant now = clock.instant();
        String subject = "reset:" + address;
        jdbi.useTransaction(handle -> {
            boolean tooMany = dao.failuresSince(subject, now.minus(RESET_WINDOW)) >= MAX_RESETS_PER_EMAIL;
            dao.recordFailure(subject, now);
            Optional<AccountDao.AccountRow> row = dao.byEmail(address).filter(AccountDao.AccountRow::active);
            audit.record(row.map(AccountDao.AccountRow::id).orElse(null), address, "account.reset-request", null,
                    null, row.isEmpty() ? "no active account" : tooMany ? "too many: no mail" : null, ip);
            if (row.isPresent() && !tooMany) {
                mails.passwordLink(row.get().id(), null, openLink(row.get().id(), "reset", RESET_VALID),
                        RESET_VALID.toHours(), language);
            }
        });
    }

    /**
     * Forgets the links that have expired, and the failed sign-ins and links asked for that no longer count; returns
     * how many.
     */
    public int forgetExpired() {
        Instant now = clock.instant();
        return dao.forgetExpiredLinks(now) + dao.forgetFailures(now.minus(FAILURES_COUNTED)) + twoFactor.forgetExpired();
    }

    /** The account whose password a link mailed sets, while the link works. */
    public Optional<Account> linked(String token) {
        return token == null ? Optional.empty()
                : dao.linkedAccount(Tokens.hash(token), clock.instant()).map(this::account);
    }

    /**
     * Sets the password of the account of a link that works, typed twice, and uses the link and the account's other
     * links up; ends the account's sessions: whoever knew the old password is out.
     */
    public Account setPasswordByLink(String token, String password, String repeated, String ip) {
        Account account = linked(token).orElseThrow(Accounts::linkRefused);
        requireNew(password, repeated);
        String hash = passwords.hash(password);
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            if (dao.useLink(Tokens.hash(token), now) == 0) {
                throw linkRefused();
            }
            dao.closeLinks(account.id(), now);
            dao.setPassword(account.id(), hash);
            dao.closeSessions(account.id());
            dao.clearFailures("email:" + account.email());
            audit.record(account.id(), account.email(), "account.password-link", null, account.email(), null, ip);
            return account;
        });
    }

    /**
     * Changes one's own password, the current one given, the new one typed twice; ends the account's other sessions
     * (all but {@code keptSession}, the hash of the token of the one that asks) and its links.
     */
    public void changePassword(Account account, String current, String password, String repeated, String keptSession,
                               String ip) {
        String stored = dao.byId(account.id()).map(AccountDao.AccountRow::passwordHash).orElse(null);
        if (current == null || stored == null || !passwords.matches(current, stored)) {
            audit.record(account.id(), account.email(), "account.password-refused", null, account.email(), null, ip);
            throw new AccountRefused("current", "The current password is wrong.");
        }
        requireNew(password, repeated);
        String hash = passwords.hash(password);
        jdbi.useTransaction(handle -> {
            dao.setPassword(account.id(), hash);
            dao.closeLinks(account.id(), clock.instant());
            int ended = dao.closeSessionsBut(account.id(), keptSession);
            audit.record(account.id(), account.email(), "account.password", null, account.email(),
                    ended + " other session(s) ended", ip);
        });
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

    /** The accounts invited whose holder has not chosen a password yet. */
    public Set<Long> invited() {
        return dao.invited();
    }

    public boolean hasAdministrator() {
        return dao.activeAdmins() > 0;
    }

    /** The outcome of a sign-in: the account, or why not, or the wait for its second factor. */
    public sealed interface SignIn permits SignedIn, Refused, TooSoon, SecondFactor {
    }

    public record SignedIn(Account account) implements SignIn {
    }

    public record Refused() implements SignIn {
    }

    /** Tried before the delay after the last failure has passed: the password was not checked. */
    public record TooSoon(Duration retryAfter) implements SignIn {
    }

    /** The password was right; the sign-in waits, under this token, for a code of {@link TwoFactor}. */
    public record SecondFactor(String token) implements SignIn {
    }

    /**
     * Signs in with an address and a password, in one of the turns the hashing threads can serve: beyond them the
     * attempt is refused at once ({@link Passwords.Busy}), before any query.
     */
    public SignIn signIn(String email, String password, String ip) {
        return passwords.inTurn(() -> signInNow(email, password, ip));
    }

    private SignIn signInNow(String email, String password, String ip) {
        String typed = normalize(email);
        // No account has an address longer than its column: such an address is refused as an unknown one, its
        // failures counted and recorded under its first characters.
        boolean tooLong = typed.length() > MAX_EMAIL;
        String address = tooLong ? typed.substring(0, MAX_EMAIL) : typed;
        Instant now = clock.instant();
        Optional<TooSoon> tooSoon = tooSoon(address, now);
        if (tooSoon.isPresent()) {
            audit.record(null, address, "sign-in-locked", null, null, null, ip);
            return tooSoon.get();
        }
        Optional<AccountDao.AccountRow> row = tooLong ? Optional.empty() : dao.byEmail(address);
        boolean matches;
        if (row.isPresent() && row.get().passwordHash() != null) {
            matches = password != null && passwords.matches(password, row.get().passwordHash());
        } else {
            passwords.spendTheTimeOfACheck(password == null ? "" : password);
            matches = false;
        }
        if (!matches || !row.get().active()) {
            jdbi.useTransaction(handle -> {
                dao.recordFailure("email:" + address, now);
                audit.record(row.map(AccountDao.AccountRow::id).orElse(null), address, "sign-in-failed", null, null,
                        null, ip);
            });
            return new Refused();
        }
        Account account = account(row.get());
        // The failures are cleared by the second factor only: a known password does not reset the count of codes.
        if (twoFactor.enabled(account)) {
            return new SecondFactor(twoFactor.openPending(account.id()));
        }
        dao.clearFailures("email:" + address);
        audit.record(account.id(), account.email(), "sign-in", null, null, "second factor: none", ip);
        return new SignedIn(account);
    }

    /**
     * The second step of a sign-in waiting under {@code token}: a code of the account's app or a recovery code. A
     * wrong code counts as a failed sign-in of the address; a locked address ends the wait.
     */
    public SignIn secondFactor(String token, String code, String ip) {
        Optional<Account> waiting = twoFactor.pending(token).flatMap(this::find).filter(Account::active);
        if (waiting.isEmpty()) {
            return new Refused();
        }
        Account account = waiting.get();
        Instant now = clock.instant();
        // Wrong codes slow the address down as wrong passwords do; too soon, the wait ends and sign-in starts again.
        Optional<TooSoon> tooSoon = tooSoon(account.email(), now);
        if (tooSoon.isPresent()) {
            twoFactor.closePending(token);
            audit.record(account.id(), account.email(), "sign-in-locked", null, null, "second factor", ip);
            return tooSoon.get();
        }
        Optional<String> used = twoFactor.use(account.id(), code);
        if (used.isEmpty()) {
            jdbi.useTransaction(handle -> {
                dao.recordFailure("email:" + account.email(), now);
                audit.record(account.id(), account.email(), "sign-in-failed", null, null, "second factor", ip);
            });
            return new Refused();
        }
        twoFactor.closePending(token);
        dao.clearFailures("email:" + account.email());
        audit.record(account.id(), account.email(), "sign-in", null, null, "second factor: " + used.get(), ip);
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

    /** A new password: strong, and the same typed twice. */
    private void requireNew(String password, String repeated) {
        passwords.requireStrong(password);
        if (!password.equals(repeated)) {
            throw new AccountRefused("repeat", "The two passwords typed differ.");
        }
    }

    private static AccountRefused linkRefused() {
        return new AccountRefused("link", "This link has expired or has already been used.");
    }

    /** Opens a link for an account; returns its token, for the mail alone. */
    private String openLink(long accountId, String purpose, Duration valid) {
        String token = Tokens.random();
        Instant now = clock.instant();
        dao.openLink(Tokens.hash(token), accountId, purpose, now, now.plus(valid));
        return token;
    }

    /**
     * Refuses to take the last network administrator who can sign in away from that role; called in the transaction
     * of the change.
     */
    private void requireAnotherAdmin(Account account) {
        List<Long> admins = dao.lockAdmins();
        if (admins.contains(account.id()) && admins.size() <= 1) {
            throw new AccountRefused("lastAdmin", account.email() + " is the last active network administrator.",
                    account.email());
        }
    }

    /** Sites that exist, and at least one for an editor or a translator. */
    private void requireSites(Role role, Set<String> siteCodes) {
        for (String site : siteCodes) {
            if (sites.find(site).isEmpty()) {
                throw new AccountRefused("site", "There is no site '" + site + "'.", site);
            }
        }
        if (role != Role.NETWORK_ADMIN && siteCodes.isEmpty()) {
            throw new AccountRefused("noSite", "An editor or a translator needs at least one site.");
        }
    }

    /** What an account may do, for the audit log: its role, and its sites unless it works on all. */
    private static String grants(Role role, Set<String> siteCodes) {
        return role.code() + (role == Role.NETWORK_ADMIN ? "" : " " + new TreeSet<>(siteCodes));
    }

    private Account existing(long id) {
        return find(id).orElseThrow(() -> new AccountRefused("unknown", "There is no account " + id + "."));
    }

    /**
     * The wait before the next sign-in of this address may be tried, if it has not passed: from the last failure, a
     * delay that doubles with each failure counted beyond the free ones; none while they are free.
     */
    private Optional<TooSoon> tooSoon(String address, Instant now) {
        String subject = "email:" + address;
        Instant since = now.minus(FAILURES_COUNTED);
        int beyond = dao.failuresSince(subject, since) - FREE_FAILURES;
        if (beyond < 0) {
            return Optional.empty();
        }
        // Capped before shifting: past twenty doublings the delay is the longest anyway.
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond, 20));
        Duration wait = delay.compareTo(MAX_DELAY) < 0 ? delay : MAX_DELAY;
        return dao.lastFailureSince(subject, since).map(last -> last.plus(wait)).filter(allowed -> allowed.isAfter(now))
                .map(allowed -> new TooSoon(Duration.between(now, allowed)));
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
