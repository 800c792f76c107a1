package org.guanai.rest.internal.baseline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.junit.Test;

public class BaselineTest {
    @Test
    public void theGuanaiDistributionsSettingsLeaveNoGap() {
        assertEquals(List.of(), Baseline.gaps(shell("false", "127.0.0.1"), "admin"));
    }

    @Test
    public void aStockKarafHasThreeGapsEachWithItsFix() {
        List<String> gaps = Baseline.gaps(shell("true", "0.0.0.0"), null);
        assertEquals(gaps.toString(), 3, gaps.size());
        assertTrue(gaps.get(0), gaps.get(0).contains("karaf.secured.command.compulsory.roles=admin"));
        assertTrue(gaps.get(1), gaps.get(1).contains("sftpEnabled=false"));
        assertTrue(gaps.get(2), gaps.get(2).contains("sshHost=127.0.0.1"));
        assertEquals("no shell configuration at all: SFTP and SSH on their defaults", 3,
                Baseline.gaps(null, " ").size());
    }

    @Test
    public void hashingIsTurnedOnKeepingTheRestOfTheRealmsSettings() {
        Dictionary<String, Object> stock = new Hashtable<>();
        stock.put("encryption.enabled", "false");
        stock.put("encryption.name", "");
        stock.put("some.other", "kept");
        assertFalse(Baseline.hashes(stock));
        assertFalse(Baseline.hashes(null));
        Dictionary<String, Object> hashed = Baseline.hashing(stock);
        assertTrue(Baseline.hashes(hashed));
        assertEquals("argon2", hashed.get("encryption.algorithm"));
        assertEquals("spring-security-crypto", hashed.get("encryption.name"));
        assertEquals("kept", hashed.get("some.other"));
    }

    private static Dictionary<String, Object> shell(String sftp, String host) {
        Dictionary<String, Object> d = new Hashtable<>();
        d.put("sftpEnabled", sftp);
        d.put("sshHost", host);
        return d;
    }
}
