import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/el-message.css'
import 'element-plus/theme-chalk/el-message-box.css'
import 'element-plus/theme-chalk/el-notification.css'
import 'element-plus/theme-chalk/el-loading.css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { setUnauthorizedHandler } from './api/http'
import { useSessionStore } from './stores/session'
import { useLiveStore } from './stores/live'

const app = createApp(App)
app.use(createPinia())
app.use(router)

// any 401 after login: the session is gone; drafts stay, the login page brings the user back here
setUnauthorizedHandler(() => {
  const session = useSessionStore()
  const wasLoggedIn = !!session.me
  session.clearLocal()
  useLiveStore().disconnect()
  const here = router.currentRoute.value
  if (wasLoggedIn && !here.meta.public) {
    void router.replace({ path: '/login', query: { redirect: here.fullPath, expired: '1' } })
  }
})

app.mount('#app')
