package io.postkamer.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PostkamerApplication {
    public static void main(String[] args) {
        SpringApplication.run(PostkamerApplication.class, args);
    }
}
