package io.postkamer.mailbox.m365;

/** Bearer tokens of the application for one resource ({@code https://graph.microsoft.com/.default}). */
public interface AccessTokens {
    String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
    String EXCHANGE_SCOPE = "https://outlook.office365.com/.default";

    String token(String scope);
}
