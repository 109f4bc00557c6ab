package io.postkamer.bot.chat;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the local chat page at {@code /}, with Microsoft's card renderer from the cards module. */
@Configuration(proxyBeanMethods = false)
@Conditional(ChatPageEnabled.class)
public class ChatPageConfiguration implements WebMvcConfigurer {
    /**
     * Everything the page loads comes from here. The card renderer styles its elements through
     * element.style (CSSOM), which style-src does not restrict, so no inline style is allowed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/chat/vendor/**").addResourceLocations("classpath:/static/vendor/");
        registry.addResourceHandler("/chat/*.js", "/chat/*.css", "/chat/*.html")
                .addResourceLocations("classpath:/chat-page/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/chat/index.html");
    }

    @Bean(destroyMethod = "close")
    LocalConnector localConnector() {
        return new LocalConnector();
    }

    @Bean
    FilterRegistrationBean<Filter> chatPageSecurityHeaders() {
        Filter headers = (request, response, chain) -> {
            var http = (jakarta.servlet.http.HttpServletResponse) response;
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "no-referrer");
            http.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(headers);
        registration.addUrlPatterns("/", "/chat/*");
        return registration;
    }
}
