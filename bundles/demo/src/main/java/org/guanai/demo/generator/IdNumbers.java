package org.guanai.demo.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.guanai.registry.api.Gender;

/** Unique, valid resident ID numbers (GB 11643): region, birth date, sequence with the gender's parity, check character. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final String region;
    private final Set<String> issued = new HashSet<>();

    IdNumbers(String region) {
        this.region = region;
    }

    String next(SplittableRandom random, LocalDate birth, Gender gender) {
        String prefix = region + BASIC.format(birth);
        while (true) {
            // 17th digit odd for men, even for women
            int seq = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = prefix + String.format("%03d", seq);
            String id = first17 + checkChar(first17);
            if (issued.add(id)) {
                return id;
            }
        }
    }

    /** The ISO 7064 MOD 11-2 check character for 17 digits. */
    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Whether an 18-character number has a correct check character. */
    static boolean valid(String id) {
        return id != null && id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)
                && checkChar(id.substring(0, 17)) == id.charAt(17);
    }

    /** The same number with another (wrong) check character. */
    static String withWrongCheck(String id) {
        char right = id.charAt(17);
        char wrong = right == '0' ? '1' : right == 'X' ? '0' : (char) (right == '9' ? '0' : right + 1);
        return id.substring(0, 17) + wrong;
    }
}
