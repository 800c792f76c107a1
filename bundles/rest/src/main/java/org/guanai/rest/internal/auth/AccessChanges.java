package org.guanai.rest.internal.auth;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.guanai.registry.api.security.AccessChangeListener;
import org.osgi.service.component.annotations.Component;

/**
 * Hears from the registry that an administrator changed a user's roles or divisions, and tells the REST
 * login cache ({@link Authenticator}) to forget what it remembered, so the change bites on the next request.
 */
@Component(service = {AccessChangeListener.class, AccessChanges.class})
public class AccessChanges implements AccessChangeListener {

    private final CopyOnWriteArrayList<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Consumer<String>> userSubscribers = new CopyOnWriteArrayList<>();

    @Override
    public void accessChanged(String user) {
        subscribers.forEach(Runnable::run);
        userSubscribers.forEach(s -> s.accept(user));
    }

    /** {@code subscriber} hears which user changed (the web sessions end that user's). */
    void subscribeUser(Consumer<String> subscriber) {
        userSubscribers.addIfAbsent(subscriber);
    }

    void unsubscribeUser(Consumer<String> subscriber) {
        userSubscribers.remove(subscriber);
    }

    void subscribe(Runnable subscriber) {
        subscribers.addIfAbsent(subscriber);
    }

    void unsubscribe(Runnable subscriber) {
        subscribers.remove(subscriber);
    }
}
