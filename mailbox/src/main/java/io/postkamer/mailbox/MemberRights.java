package io.postkamer.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One member of a mailbox with every right it holds there, in {@link Right}'s order: a mailbox's grants as people
 * read them, one line per member. {@code autoMapping} tells whether its Full Access maps the mailbox in Outlook
 * ({@link AutoMapping#OFF} without Full Access).
 */
public record MemberRights(
        String trusteeId, String trusteeName, List<Right> rights, AutoMapping autoMapping, boolean group) {
    public MemberRights {
        Objects.requireNonNull(trusteeId, "trusteeId");
        Objects.requireNonNull(trusteeName, "trusteeName");
        Objects.requireNonNull(autoMapping, "autoMapping");
        rights = rights.stream().distinct().sorted().toList();
    }

    /** A person's rights. */
    public MemberRights(String trusteeId, String trusteeName, List<Right> rights, AutoMapping autoMapping) {
        this(trusteeId, trusteeName, rights, autoMapping, false);
    }

    /** The grants per member, members in the order the grants name them first. */
    public static List<MemberRights> of(List<PermissionGrant> grants) {
        Map<String, List<PermissionGrant>> byMember = new LinkedHashMap<>();
        grants.forEach(grant -> byMember.computeIfAbsent(grant.trusteeId(), id -> new ArrayList<>())
                .add(grant));
        return byMember.values().stream()
                .map(held -> new MemberRights(
                        held.get(0).trusteeId(),
                        held.get(0).trusteeName(),
                        held.stream().map(PermissionGrant::right).toList(),
                        held.stream()
                                .filter(grant -> grant.right() == Right.FULL_ACCESS)
                                .map(PermissionGrant::autoMapping)
                                .findFirst()
                                .orElse(AutoMapping.OFF),
                        held.get(0).group()))
                .toList();
    }

    public boolean holds(Right right) {
        return rights.contains(right);
    }
}
