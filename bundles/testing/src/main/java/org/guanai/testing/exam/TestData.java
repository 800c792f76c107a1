package org.guanai.testing.exam;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Unique, valid data for each test: names nobody else uses and resident ID numbers with correct check digits. */
public final class TestData {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private TestData() {
    }

    /** A name prefix unique to this call, so list filters find only this test's records. */
    public static String uniqueSurname() {
        return "测" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid 18-character ID number for someone born on that day, female or male. */
    public static String idNumber(LocalDate birth, boolean female) {
        int seq = ThreadLocalRandom.current().nextInt(0, 500) * 2 + (female ? 0 : 1); // 17th digit: odd = male
        String first17 = "430621" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
        return first17 + checkDigit(first17);
    }

    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The same number with a wrong check digit. */
    public static String withWrongCheckDigit(String id) {
        char right = id.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return id.substring(0, 17) + wrong;
    }

    /** A birth date making someone that many years old today, with random day in the year. */
    public static LocalDate bornYearsAgo(int years) {
        return LocalDate.now().minusYears(years).minusDays(ThreadLocalRandom.current().nextInt(1, 300));
    }
}
