package com.example.apiclient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain java.net.http client that throws on an error status, as application code often does. */
public class ApiClient {
    private final HttpClient http = HttpClient.newHttpClient();

    String call(String method, String url, String body, String[] headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() >= 400) {
            throw new ApiException("HTTP " + resp.statusCode() + " from " + method + " " + url + ": " + resp.body());
        }
        return resp.body();
    }

    public static void main(String[] args) throws Exception {
        String[] headers = java.util.Arrays.copyOfRange(args, 3, args.length);
        System.out.println(new ApiClient().call(args[0], args[1], args[2], headers));
    }
}
