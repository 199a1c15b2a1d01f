package org.ofstedkg.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A server process for {@link AccessTest} to read the log of: starts the in-memory service with an admin user, sends
 * it an update with the right credentials and one with wrong ones, and stops.
 */
public final class AuthenticatedRequests {

    private AuthenticatedRequests() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("ofsted-kg-access");
        FusekiServer server = KnowledgeGraphServer.start(ServiceSettings.inMemory()
                .withAdminPasswordFile(AccessTest.passwords(folder)));
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String password : new String[] {AccessTest.PASSWORD, "wrong-" + AccessTest.PASSWORD}) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + "/ds-admin/update"))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", "Basic " + AccessTest.basic(AccessTest.USER + ":" + password))
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.println("status " + answer.statusCode());
            }
        } finally {
            server.stop();
            Files.deleteIfExists(folder.resolve("passwords"));
            Files.deleteIfExists(folder);
        }
    }
}
