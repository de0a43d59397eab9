import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { createApp } from './page.svelte';

mount(App, { target: document.getElementById('app')!, props: { app: createApp() } });
