package io.postkamer.bot.backend;

import java.net.http.HttpClient;

/**
 * An HTTP client for Graph, Exchange and the token service other than the default one (a proxy,
 * an extra trusted certificate). Without such a bean the client's own default is used.
 */
public record Microsoft365Transport(HttpClient httpClient) {}
