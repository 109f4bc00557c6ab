package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.PersonalChats;
import io.postkamer.mailbox.PersonalChatsContract;

/** The personal chats contract on the demo tenant. */
class DemoPersonalChatsTest extends PersonalChatsContract {
    @Override
    protected PersonalChats newChats() {
        return DemoTenant.load(DemoTenantSettings.contoso().withClock(MutableClock.monday()));
    }
}
