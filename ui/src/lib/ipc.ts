// The only module that talks to the Rust side.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core'
import type { LibraryView } from './bindings/LibraryView'
import type { Rating } from './bindings/Rating'
import type { ReadingView } from './bindings/ReadingView'
import type { Session } from './bindings/Session'
import { asErrorReport } from './errors'

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args)
  } catch (error) {
    throw asErrorReport(error)
  }
}

export function library(): Promise<LibraryView> {
  return call('library')
}

export function reading(id: string): Promise<ReadingView> {
  return call('reading', { id })
}

export function session(): Promise<Session> {
  return call('session')
}

export function answer(cardId: string, rating: Rating): Promise<Session> {
  return call('answer', { cardId, rating })
}
