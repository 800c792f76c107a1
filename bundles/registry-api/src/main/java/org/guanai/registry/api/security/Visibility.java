package org.guanai.registry.api.security;

import java.util.Collection;

import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.Message;

/**
 * Who sees what, for the caller of the work running now ({@link CallerContext}): the one place the registry, every
 * module, REST and the console ask. Nothing here trusts a flag handed down by a resource or a command: the same
 * user sees the same over REST and at the console.
 *
 * <ul>
 * <li>{@link #scope()}: the part of the county the caller sees; a record outside it does not exist for them.</li>
 * <li>{@link #seesInFull()}, {@link #idNumber}, {@link #phone}: resident ID numbers and phones are masked
 * ({@link Masking}) unless the caller holds a full-view role ({@code fullview.roles}) and asked, with a reason.</li>
 * <li>{@link #mayRead(String)}: a module's sensitive data (health results, rights cases), readable by the roles its
 * module declares ({@link org.guanai.registry.api.spi.SensitiveData}).</li>
 * <li>{@link #cells(String)}: counts derived from sensitive data, with the small cells suppressed for a caller who
 * may not read the records behind them.</li>
 * </ul>
 * Code that no user started (a module's start-up, the demo load) has no caller and sees everything in full.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Visibility {

    /** The part of the county the current caller sees; {@link Scope#all()} without a caller. */
    Scope scope();

    /** True when the current caller gets ID numbers and phones in full. */
    boolean seesInFull();

    /** {@code value} as the current caller may see it: in full, or {@link Masking#idNumber masked}. */
    default String idNumber(String value) {
        return seesInFull() || Masking.isMasked(value) ? value : Masking.idNumber(value);
    }

    /** {@code value} as the current caller may see it: in full, or {@link Masking#phone masked}. */
    default String phone(String value) {
        return seesInFull() || Masking.isMasked(value) ? value : Masking.phone(value);
    }

    /**
     * Whether the current caller may read the sensitive data {@code key} (e.g. {@code health.results}): admin and
     * the roles its module declares; true without a caller. An unknown key (its module is not installed) is read
     * by admin only.
     */
    boolean mayRead(String key);

    /** {@link #mayRead} or {@link AccessRefusedException} with {@code refusal} as its message. */
    default void requireRead(String key, String refusal) {
        if (!mayRead(key)) {
            throw new AccessRefusedException(refusal);
        }
    }

    /** {@link #mayRead} or {@link AccessRefusedException} with {@code refusal}, in the reader's language. */
    default void requireRead(String key, Message refusal) {
        if (!mayRead(key)) {
            throw new AccessRefusedException(refusal);
        }
    }

    /**
     * How counts derived from the sensitive data {@code key} are shown to the current caller: as they are when the
     * caller may read the data, else with cells below the configured minimum ({@code smallcell.minimum}, default 5)
     * suppressed.
     */
    SmallCells cells(String key);

    /**
     * The roles that may ask for ID numbers and phones in full ({@code fullview.roles}).
     */
    Collection<String> fullViewRoles();

    /**
     * {@code caller} asking to see ID numbers and phones in full for {@code reason}: the one rule REST
     * ({@code ?unmask=true&reason=…}) and the console ({@code --unmask --reason …}) apply.
     *
     * @throws org.guanai.registry.api.ValidationException naming {@code reason} when it is blank or too long
     * @throws AccessRefusedException when none of the caller's roles is a full-view role
     */
    Caller unmasking(Caller caller, String reason);
}
