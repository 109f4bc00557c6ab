package io.postkamer.bot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;

/**
 * A local stand-in for the Bot Connector's token service: it publishes an OpenID configuration and a
 * signing key on a WireMock server, and signs tokens the way the channel does. A second key, never
 * published, signs forged tokens.
 */
public final class ChannelTokens {
    public static final String ISSUER = "https://api.botframework.com";
    private static final String KEY_ID = "test-channel-key";

    private final KeyPair published = rsa();
    private final KeyPair unpublished = rsa();

    public void publishOn(WireMockServer server) {
        RSAPublicKey key = (RSAPublicKey) published.getPublic();
        server.stubFor(
                get("/v1/.well-known/openidconfiguration").willReturn(okJson("""
                {"issuer":"%s","jwks_uri":"%s/v1/.well-known/keys","id_token_signing_alg_values_supported":["RS256"]}
                """.formatted(ISSUER, server.baseUrl()))));
        server.stubFor(get("/v1/.well-known/keys").willReturn(okJson("""
                {"keys":[{"kty":"RSA","use":"sig","kid":"%s","n":"%s","e":"%s","endorsements":["msteams"]}]}
                """.formatted(
                        KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent())))));
    }

    public static String metadataUrl(WireMockServer server) {
        return server.baseUrl() + "/v1/.well-known/openidconfiguration";
    }

    public String valid(String audience, String serviceUrl) {
        return sign(published, ISSUER, audience, serviceUrl, Instant.now().plusSeconds(3600));
    }

    public String forged(String audience, String serviceUrl) {
        return sign(unpublished, ISSUER, audience, serviceUrl, Instant.now().plusSeconds(3600));
    }

    public String expired(String audience, String serviceUrl) {
        return sign(published, ISSUER, audience, serviceUrl, Instant.now().minusSeconds(3600));
    }

    public String fromIssuer(String issuer, String audience, String serviceUrl) {
        return sign(published, issuer, audience, serviceUrl, Instant.now().plusSeconds(3600));
    }

    private static String sign(KeyPair keys, String issuer, String audience, String serviceUrl, Instant expires) {
        Algorithm algorithm = Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate());
        return "Bearer "
                + JWT.create()
                        .withKeyId(KEY_ID)
                        .withIssuer(issuer)
                        .withAudience(audience)
                        .withClaim("serviceurl", serviceUrl)
                        .withIssuedAt(Date.from(expires.minusSeconds(7200)))
                        .withNotBefore(Date.from(expires.minusSeconds(7200)))
                        .withExpiresAt(Date.from(expires))
                        .sign(algorithm);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
