package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** The bot's own Teams app in the tenant, through Graph: found in the catalog, installed for a person, its chat. */
final class GraphTeamsApps {
    private final GraphClient graph;

    GraphTeamsApps(GraphClient graph) {
        this.graph = graph;
    }

    /** The app's id in the tenant's app catalog, found by the id in its manifest. */
    Optional<String> catalogAppId(String manifestId) {
        return graph
                .getAll(
                        "/appCatalogs/teamsApps?$filter="
                                + GraphClient.query("externalId eq '" + manifestId.replace("'", "''") + "'")
                                + "&$select=id,externalId",
                        Map.of())
                .stream()
                .findFirst()
                .map(app -> app.path("id").asText());
    }

    /** Installs the app for a user: true when installed now, false when they had it (409); empty for no such user. */
    Optional<Boolean> installApp(String userId, String catalogAppId) {
        ObjectNode body = JsonHttp.JSON
                .createObjectNode()
                .put(
                        "teamsApp@odata.bind",
                        graph.base() + "/appCatalogs/teamsApps/" + GraphClient.segment(catalogAppId));
        JsonHttp.Answer answer = graph.http()
                .send(
                        "POST",
                        URI.create(graph.base() + "/users/" + GraphClient.segment(userId) + "/teamwork/installedApps"),
                        Map.of(),
                        body);
        if (answer.status() == 409) {
            return Optional.of(false);
        }
        if (answer.status() == 404) {
            return Optional.empty();
        }
        graph.requireOk(answer);
        return Optional.of(true);
    }

    /** The id of the app's installation for a user. */
    Optional<String> installationId(String userId, String catalogAppId) {
        return graph
                .getAll(
                        "/users/" + GraphClient.segment(userId) + "/teamwork/installedApps?$expand=teamsApp&$filter="
                                + GraphClient.query("teamsApp/id eq '" + catalogAppId.replace("'", "''") + "'"),
                        Map.of())
                .stream()
                .findFirst()
                .map(installation -> installation.path("id").asText());
    }

    /** The personal chat that comes with an installation of the app for a user. */
    Optional<String> installationChatId(String userId, String installationId) {
        return graph.get("/users/" + GraphClient.segment(userId) + "/teamwork/installedApps/"
                        + GraphClient.segment(installationId) + "/chat")
                .map(chat -> chat.path("id").asText(""));
    }
}
