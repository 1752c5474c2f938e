package com.example.apiclient;

public class ApiException extends RuntimeException {
    public ApiException(String message) {
        super(message);
    }
}
