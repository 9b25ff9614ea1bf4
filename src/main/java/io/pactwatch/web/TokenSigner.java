package io.pactwatch.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Signs and checks action tokens: compact JWS with HMAC-SHA256 (RFC 7515, RFC 7518 section 3.2) through
 * nimbus-jose-jwt, whose MAC check is constant-time. The key is never logged, printed or put in a page; during a
 * rotation tokens signed with the previous key are still accepted (docs/web.md, "Key rotation").
 */
final class TokenSigner {

    /** RFC 7518 section 3.2: a key of at least the hash's size, 256 bits. */
    static final int MIN_KEY_BYTES = 32;
    private static final String ACTION = "act";
    private static final String TARGET = "tgt";

    private final MACSigner signer;
    private final List<MACVerifier> verifiers;
    private final Clock clock;
    private final SecureRandom random;

    TokenSigner(byte[] key, List<byte[]> previousKeys, Clock clock, SecureRandom random) {
        try {
            this.signer = new MACSigner(key);
            this.verifiers = new java.util.ArrayList<>();
            verifiers.add(new MACVerifier(key));
            for (byte[] previous : previousKeys) {
                verifiers.add(new MACVerifier(previous));
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the link-signing key must have at least " + MIN_KEY_BYTES
                    + " bytes", e);
        }
        this.clock = clock;
        this.random = random;
    }

    String sign(String recipient, Action action, String target, java.time.Duration life) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(recipient)
                .claim(ACTION, action.claim())
                .claim(TARGET, target)
                .expirationTime(Date.from(clock.instant().plus(life)))
                .jwtID(Base64.getUrlEncoder().withoutPadding().encodeToString(id))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** @throws TokenRefused for a token that is malformed, forged, expired or for another action */
    ActionToken verify(String token, Action expected) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token == null ? "" : token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new TokenRefused(400, "This link is damaged: part of it is missing or changed. Open it again from "
                    + "the message, or copy the whole address.");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !signedByUs(jwt)) {
            throw new TokenRefused(403, "This link is not valid: it was changed or not made by this Pactwatch. "
                    + "Nothing was done.");
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || !clock.instant().isBefore(expires.toInstant())) {
            throw new TokenRefused(410, "This link has expired. Nothing was done; newer digests carry fresh links, "
                    + "or sign in to the console.");
        }
        Object action = claims.getClaim(ACTION);
        Object target = claims.getClaim(TARGET);
        if (!(action instanceof String a) || Action.ofClaim(a) != expected || !(target instanceof String t)
                || claims.getSubject() == null) {
            throw new TokenRefused(403, "This link is for another action. Nothing was done.");
        }
        return new ActionToken(claims.getSubject(), expected, t, expires.toInstant(), claims.getJWTID());
    }

    private boolean signedByUs(SignedJWT jwt) {
        for (MACVerifier verifier : verifiers) {
            try {
                if (jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException e) {
                return false;
            }
        }
        return false;
    }
}
