// Only the icons the menu uses (tree-shaken), by name.
import {
  Calendar, ChatDotSquare, Connection, DataLine, Document, FullScreen, Headset, Medal, Microphone, Monitor, Odometer,
  OfficeBuilding, Phone,
  PhoneFilled, Reading, Search, Share, Tickets, Timer, User, Warning,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'

export const MENU_ICONS: Record<string, Component> = {
  Calendar, ChatDotSquare, Connection, DataLine, Document, FullScreen, Headset, Medal, Microphone, Monitor, Odometer,
  OfficeBuilding, Phone,
  PhoneFilled, Reading, Search, Share, Tickets, Timer, User, Warning,
}
