package dev.atlasj.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A running SHA-256 whose digest so far can be read without ending it, in base64 as Atlas writes it. */
final class Sha256 {

    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Sha256 add(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    Sha256 add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Standard base64 of the digest of everything added so far; more may be added afterwards. */
    String base64() {
        try {
            return Base64.getEncoder().encodeToString(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 digest cannot be copied", e);
        }
    }
}
